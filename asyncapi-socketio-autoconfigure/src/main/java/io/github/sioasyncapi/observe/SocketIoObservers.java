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

import java.util.List;

/**
 * Several {@link SocketIoObserver}s as one.
 *
 * @since 0.1.0
 */
public final class SocketIoObservers implements SocketIoObserver {

	private final SocketIoObserver[] observers;

	/**
	 * Combine observers.
	 * @param observers the observers, notified in order
	 */
	public SocketIoObservers(List<? extends SocketIoObserver> observers) {
		this.observers = observers.toArray(SocketIoObserver[]::new);
	}

	@Override
	public void eventReceived(String namespace, String event) {
		for (SocketIoObserver observer : this.observers) {
			observer.eventReceived(namespace, event);
		}
	}

	@Override
	public void eventHandled(String namespace, String event, Outcome outcome, boolean acked, long durationNanos) {
		for (SocketIoObserver observer : this.observers) {
			observer.eventHandled(namespace, event, outcome, acked, durationNanos);
		}
	}

	@Override
	public void validationFailed(String namespace, String event, String kind) {
		for (SocketIoObserver observer : this.observers) {
			observer.validationFailed(namespace, event, kind);
		}
	}

	@Override
	public void eventEmitted(String namespace, String event) {
		for (SocketIoObserver observer : this.observers) {
			observer.eventEmitted(namespace, event);
		}
	}

	@Override
	public void connectRefused(String namespace) {
		for (SocketIoObserver observer : this.observers) {
			observer.connectRefused(namespace);
		}
	}

	@Override
	public void clientEvicted(EvictionReason reason) {
		for (SocketIoObserver observer : this.observers) {
			observer.clientEvicted(reason);
		}
	}

}
