package io.github.sioasyncapi.asyncapi.compatibility;

/**
 * One difference between two documents that matters to clients.
 *
 * @param breaking whether it breaks clients written against the older document
 * @param where the namespace, event, direction and place in the payload, for example
 * {@code make_move (client → server) payload.x}
 * @param what what changed, for example {@code maximum lowered from 2 to 1}
 * @since 0.1.0
 */
public record Change(boolean breaking, String where, String what) {

	@Override
	public String toString() {
		return (this.breaking ? "BREAKING   " : "compatible ") + this.where + ": " + this.what;
	}

}
