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

package io.github.sioasyncapi.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AsyncApiViewerHandlerTests {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self' ws: wss: http: https:; img-src 'self' data:";

	private final MockMvc mvc = mvc("/asyncapi", true);

	@Test
	void servesThePageWithItsPlaceholdersFilled() throws Exception {
		String html = this.mvc.perform(get("/asyncapi"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(header().string("Content-Security-Policy", CSP))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<link rel=\"stylesheet\" href=\"/asyncapi/ui/viewer.css\">")
			.contains("<script type=\"module\" src=\"/asyncapi/ui/app.js\"></script>")
			.contains("data-assets=\"/asyncapi/ui\" data-document=\"/asyncapi.json\" data-playground=\"true\"")
			.contains("href=\"/asyncapi.yaml\" target=\"_blank\" rel=\"noopener\">YAML</a>")
			.contains("href=\"/asyncapi.json\" target=\"_blank\" rel=\"noopener\">JSON</a>")
			.contains("href=\"/asyncapi.d.ts\" download")
			.doesNotContain("{{");
	}

	@Test
	void answersHeadRequests() throws Exception {
		this.mvc.perform(head("/asyncapi"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", CSP));
		this.mvc.perform(head("/asyncapi/ui/app.js"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/javascript;charset=UTF-8"));
		this.mvc.perform(head("/asyncapi/ui/missing.js")).andExpect(status().isNotFound());
	}

	@Test
	void urlsStartWithTheContextPath() throws Exception {
		assertThat(page(this.mvc, "/ctx/asyncapi", "/ctx")).contains("src=\"/ctx/asyncapi/ui/app.js\"")
			.contains("data-assets=\"/ctx/asyncapi/ui\" data-document=\"/ctx/asyncapi.json\"")
			.contains("href=\"/ctx/asyncapi.yaml\"", "href=\"/ctx/asyncapi.d.ts\"");
	}

	@Test
	void followsTheConfiguredPath() throws Exception {
		MockMvc custom = mvc("docs/socket-api/", true);
		assertThat(page(custom, "/docs/socket-api", null))
			.contains("data-assets=\"/docs/socket-api/ui\" data-document=\"/docs/socket-api.json\"");
		custom.perform(get("/docs/socket-api/ui/app.js")).andExpect(status().isOk());
		custom.perform(get("/asyncapi")).andExpect(status().isNotFound());
		custom.perform(get("/asyncapi/ui/app.js")).andExpect(status().isNotFound());
	}

	@Test
	void placeholderValuesAreHtmlEscaped() throws Exception {
		MockMvc odd = mvc("/api&'docs", true);
		assertThat(page(odd, "/api&'docs", null))
			.contains("data-assets=\"/api&#38;&#39;docs/ui\" data-document=\"/api&#38;&#39;docs.json\"")
			.doesNotContain("/api&'docs");
	}

	@Test
	void playgroundCanBeHidden() throws Exception {
		assertThat(page(mvc("/asyncapi", false), "/asyncapi", null)).contains("data-playground=\"false\"")
			.doesNotContain("data-playground=\"true\"");
	}

	@Test
	void servesEveryScriptAndTheStyleSheet() throws Exception {
		List<Resource> assets = viewerFiles();
		assertThat(assets).extracting(Resource::getFilename).contains("app.js", "playground.js", "viewer.css");
		for (Resource asset : assets) {
			String name = asset.getFilename();
			String type = name.endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8";
			MvcResult result = this.mvc.perform(get("/asyncapi/ui/" + name))
				.andExpect(status().isOk())
				.andExpect(content().contentType(type))
				.andExpect(header().string("Cache-Control", "no-cache"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(content().bytes(bytes(asset)))
				.andReturn();
			String etag = result.getResponse().getHeader("ETag");
			assertThat(etag).as(name).matches("\"[0-9a-f]{32}\"");
			this.mvc.perform(get("/asyncapi/ui/" + name).header("If-None-Match", etag))
				.andExpect(status().isNotModified())
				.andExpect(content().bytes(new byte[0]));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/asyncapi/ui/index.html", "/asyncapi/ui/missing.js", "/asyncapi/ui/APP.JS",
			"/asyncapi/ui/", "/asyncapi/ui", "/asyncapi/ui/nested/app.js", "/asyncapi/ui/%2e%2e/viewer/app.js",
			"/asyncapi/ui/..%2Fviewer%2Fapp.js", "/asyncapi/ui/AsyncApiViewerHandler.class",
			"/asyncapi/ui/app.js.map", "/asyncapi/", "/asyncapi/index.html", "/asyncapi/app.js" })
	void unknownPathsAreNotFound(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	private static MockMvc mvc(String path, boolean playground) {
		return MockMvcBuilders.routerFunctions(new AsyncApiViewerHandler(path, playground).routes()).build();
	}

	private static String page(MockMvc mvc, String uri, String contextPath) throws Exception {
		return mvc.perform((contextPath != null) ? get(uri).contextPath(contextPath) : get(uri))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The scripts and style sheets of the viewer's directory. */
	static List<Resource> viewerFiles() throws IOException {
		List<Resource> files = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:META-INF/asyncapi-socketio/viewer/*")) {
			String name = resource.getFilename();
			if (name.endsWith(".js") || name.endsWith(".css")) {
				files.add(resource);
			}
		}
		return files;
	}

	private static byte[] bytes(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
	}

}
