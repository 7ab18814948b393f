package io.github.sioasyncapi.test.autoconfigure.secured;

import java.security.Principal;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import org.springframework.security.access.prepost.PreAuthorize;

@SocketIoController
class RoomController {

	@OnEvent("whoami")
	String whoami(Principal principal) {
		return principal.getName();
	}

	@OnEvent("kick")
	@PreAuthorize("hasAuthority('SCOPE_admin')")
	String kick(String user, Principal principal) {
		return principal.getName() + " kicked " + user;
	}

}
