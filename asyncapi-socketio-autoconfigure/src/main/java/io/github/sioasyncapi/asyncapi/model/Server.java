package io.github.sioasyncapi.asyncapi.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A Server Object: where clients connect, for example host {@code localhost:9092}, protocol
 * {@code socketio}, protocol version {@code 5} and pathname {@code /socket.io}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "host", "protocol", "protocolVersion", "pathname", "title", "summary", "description", "security" })
public class Server extends Extensible {

	private String host = "";

	private String protocol = "";

	private @Nullable String protocolVersion;

	private @Nullable String pathname;

	private @Nullable String title;

	private @Nullable String summary;

	private @Nullable String description;

	private List<Reference> security = new ArrayList<>();

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = host;
	}

	public String getProtocol() {
		return this.protocol;
	}

	public void setProtocol(String protocol) {
		this.protocol = protocol;
	}

	public @Nullable String getProtocolVersion() {
		return this.protocolVersion;
	}

	public void setProtocolVersion(@Nullable String protocolVersion) {
		this.protocolVersion = protocolVersion;
	}

	public @Nullable String getPathname() {
		return this.pathname;
	}

	public void setPathname(@Nullable String pathname) {
		this.pathname = pathname;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	/**
	 * The security schemes clients may use with this server, any one of them.
	 * @return references to security schemes, mutable
	 */
	public List<Reference> getSecurity() {
		return this.security;
	}

	public void setSecurity(List<Reference> security) {
		this.security = security;
	}

}
