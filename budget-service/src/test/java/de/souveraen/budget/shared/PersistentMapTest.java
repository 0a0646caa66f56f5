package de.souveraen.budget.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersistentMapTest {

    @Test
    void put_returns_a_new_map_and_leaves_the_old_one_unchanged() {
        PersistentMap<String, Integer> empty = PersistentMap.empty();
        PersistentMap<String, Integer> one = empty.put("a", 1);
        PersistentMap<String, Integer> replaced = one.put("a", 2);
        assertThat(empty.get("a")).isNull();
        assertThat(empty.size()).isZero();
        assertThat(one.get("a")).isEqualTo(1);
        assertThat(replaced.get("a")).isEqualTo(2);
        assertThat(replaced.size()).isEqualTo(1);
        assertThat(one.containsKey("a")).isTrue();
        assertThat(one.containsKey("b")).isFalse();
        assertThat(one.get(null)).isNull();
    }

    @Test
    void holds_many_keys_like_a_hash_map_and_keeps_every_version() {
        Map<UUID, Integer> expected = new HashMap<>();
        PersistentMap<UUID, Integer> map = PersistentMap.empty();
        PersistentMap<UUID, Integer> half = null;
        for (int i = 0; i < 50_000; i++) {
            UUID key = new UUID(i * 7919L, i);
            map = map.put(key, i);
            expected.put(key, i);
            if (i == 24_999) {
                half = map;
            }
        }
        for (int i = 0; i < 50_000; i += 3) {
            UUID key = new UUID(i * 7919L, i);
            map = map.put(key, -i);
            expected.put(key, -i);
        }
        assertThat(map.size()).isEqualTo(expected.size());
        Map<UUID, Integer> seen = new HashMap<>();
        map.forEach(seen::put);
        assertThat(seen).isEqualTo(expected);
        assertThat(half.size()).isEqualTo(25_000);
        assertThat(half.get(new UUID(3 * 7919L, 3))).isEqualTo(3);
        assertThat(half.get(new UUID(30_000 * 7919L, 30_000))).isNull();
    }

    @Test
    void keys_with_the_same_hash_are_kept_apart() {
        PersistentMap<Colliding, String> map = PersistentMap.empty();
        for (int i = 0; i < 10; i++) {
            map = map.put(new Colliding(i, 42), "v" + i);
        }
        map = map.put(new Colliding(100, 7), "other").put(new Colliding(3, 42), "three");
        assertThat(map.size()).isEqualTo(11);
        assertThat(map.get(new Colliding(3, 42))).isEqualTo("three");
        assertThat(map.get(new Colliding(9, 42))).isEqualTo("v9");
        assertThat(map.get(new Colliding(100, 7))).isEqualTo("other");
        assertThat(map.get(new Colliding(11, 42))).isNull();
    }

    @Test
    void equal_contents_are_equal_maps() {
        PersistentMap<String, Integer> a = PersistentMap.<String, Integer>empty().put("x", 1).put("y", 2);
        PersistentMap<String, Integer> b = PersistentMap.<String, Integer>empty().put("y", 2).put("x", 1);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.put("x", 3));
    }

    @Test
    void null_keys_and_values_are_refused() {
        assertThatThrownBy(() -> PersistentMap.<String, String>empty().put(null, "v"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PersistentMap.<String, String>empty().put("k", null))
                .isInstanceOf(NullPointerException.class);
    }

    private record Colliding(int id, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }
    }
}
