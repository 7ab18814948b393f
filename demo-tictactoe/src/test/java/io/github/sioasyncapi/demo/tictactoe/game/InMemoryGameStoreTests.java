package io.github.sioasyncapi.demo.tictactoe.game;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InMemoryGameStore}.
 */
class InMemoryGameStoreTests extends GameStoreContractTests {

	private final InMemoryGameStore store = new InMemoryGameStore();

	@Override
	GameStore store() {
		return this.store;
	}

	@Override
	GameStore otherNode() {
		return this.store;
	}

	@Override
	int concurrentGames() {
		return 2000;
	}

	@Test
	void gamesAreCountedUntilTheirPlayersLeave() {
		this.store.create("ann");
		this.store.create("bob");
		assertThat(this.store.count()).isEqualTo(2);
		this.store.leave("ann");
		assertThat(this.store.count()).isEqualTo(1);
	}

}
