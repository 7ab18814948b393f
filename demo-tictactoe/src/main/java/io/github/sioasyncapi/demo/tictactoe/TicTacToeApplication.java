package io.github.sioasyncapi.demo.tictactoe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tic-tac-toe over Socket.IO, the demo of asyncapi-socketio: the Socket.IO server listens on
 * port 9092, the AsyncAPI document and its viewer are served on port 8080 at {@code /asyncapi}.
 */
@SpringBootApplication
public class TicTacToeApplication {

	/**
	 * Start the demo.
	 * @param args command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(TicTacToeApplication.class, args);
	}

}
