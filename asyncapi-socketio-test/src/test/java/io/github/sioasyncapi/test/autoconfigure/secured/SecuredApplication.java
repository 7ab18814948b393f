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

package io.github.sioasyncapi.test.autoconfigure.secured;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application whose Socket.IO clients authenticate with JWTs, for the tests of the slice with
 * Spring Security; its method security is a configuration of its own.
 */
@SpringBootApplication
public class SecuredApplication {

}
