/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
