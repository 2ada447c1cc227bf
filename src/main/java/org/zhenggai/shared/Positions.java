package org.zhenggai.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Moving one item of an ordered list (categories, problems, measures) one place up or down: it
 * swaps places with its neighbour; at either end nothing moves.
 */
public final class Positions {

	private Positions() {
	}

	public static <T> int indexOf(List<T> ordered, long id, Function<T, Long> idOf) {
		for (int i = 0; i < ordered.size(); i++) {
			if (Objects.equals(idOf.apply(ordered.get(i)), id)) {
				return i;
			}
		}
		throw new IllegalArgumentException("item " + id + " is not in its own list");
	}

	public static <T> void swap(List<T> ordered, int index, Direction direction, ToIntFunction<T> position,
			ObjIntConsumer<T> moveTo, UnaryOperator<T> save, Consumer<T> audit) {
		int other = direction == Direction.UP ? index - 1 : index + 1;
		if (other < 0 || other >= ordered.size()) {
			return;
		}
		T item = ordered.get(index);
		T neighbour = ordered.get(other);
		int itemPosition = position.applyAsInt(item);
		moveTo.accept(item, position.applyAsInt(neighbour));
		moveTo.accept(neighbour, itemPosition);
		audit.accept(save.apply(item));
		audit.accept(save.apply(neighbour));
	}
}
