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

package io.github.sioasyncapi.observe;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default convention's key-values, made once per namespace, event and outcome.
 */
class DefaultSocketIoObservationConventionTests {

	private final DefaultSocketIoObservationConvention convention = new DefaultSocketIoObservationConvention(
			SocketIoObservationContext.Kind.EVENT);

	@Test
	void keyValuesNameTheNamespaceTheEventAndTheOutcomeOnceKnown() {
		SocketIoObservationContext context = context("/chat", "say");
		assertThat(this.convention.getLowCardinalityKeyValues(context)).containsExactly(
				KeyValue.of("event", "say"), KeyValue.of("namespace", "/chat"), KeyValue.of("outcome", "unknown"));
		context.setOutcome(Outcome.INVALID_PAYLOAD);
		assertThat(this.convention.getLowCardinalityKeyValues(context)).contains(KeyValue.of("outcome", "invalid_payload"));
	}

	@Test
	void theSameKeyValuesServeEveryObservationOfAnEventAndOutcome() {
		SocketIoObservationContext first = context("/chat", "say");
		SocketIoObservationContext second = context("/chat", "say");
		first.setOutcome(Outcome.OK);
		second.setOutcome(Outcome.OK);
		KeyValues keyValues = this.convention.getLowCardinalityKeyValues(first);
		assertThat(this.convention.getLowCardinalityKeyValues(second)).isSameAs(keyValues);
		second.setOutcome(Outcome.INTERNAL_ERROR);
		assertThat(this.convention.getLowCardinalityKeyValues(second)).isNotSameAs(keyValues)
			.contains(KeyValue.of("outcome", "internal_error"));
		assertThat(this.convention.getLowCardinalityKeyValues(context("/other", "say")))
			.contains(KeyValue.of("namespace", "/other"));
		assertThat(this.convention.getLowCardinalityKeyValues(context("/chat", "leave")))
			.contains(KeyValue.of("event", "leave"));
	}

	private static SocketIoObservationContext context(String namespace, String event) {
		return new SocketIoObservationContext(SocketIoObservationContext.Kind.EVENT, namespace, event, "client");
	}

}
