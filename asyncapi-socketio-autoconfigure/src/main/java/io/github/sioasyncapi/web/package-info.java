/**
 * HTTP endpoints of the web application: the AsyncAPI document as YAML and JSON, its TypeScript
 * declarations, and its viewer, as functional routes for Spring MVC
 * ({@code AsyncApiDocumentHandler}, {@code AsyncApiViewerHandler}) and for WebFlux
 * ({@code AsyncApiDocumentWebFluxHandler}, {@code AsyncApiViewerWebFluxHandler}). Both stacks
 * send the same responses: the package-private {@code DocumentFormat} and
 * {@code AsyncApiViewer} make them, the handlers of each stack only route requests and answer
 * conditional ones.
 */
@NullMarked
package io.github.sioasyncapi.web;

import org.jspecify.annotations.NullMarked;
