package de.souveraen.budget.shared;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * An immutable hash map whose {@link #put} returns a new map sharing all untouched structure with the old one
 * (a hash array mapped trie). A budget year's state keeps its commitments, expenses and invoice references in
 * these, so evolving one event costs O(log32 n) instead of copying the whole year, and a cached state can be
 * shared safely between threads. Keys and values must not be null; there is no removal (the domain marks
 * entries instead).
 */
public final class PersistentMap<K, V> {
    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(new Branch(0, new Object[0]), 0);

    private final Object root;
    private final int size;

    private PersistentMap(Object root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    public static <K, V> PersistentMap<K, V> empty() {
        return (PersistentMap<K, V>) EMPTY;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean containsKey(K key) {
        return get(key) != null;
    }

    @SuppressWarnings("unchecked")
    public V get(K key) {
        if (key == null) {
            return null;
        }
        int hash = spread(key.hashCode());
        Object node = root;
        int shift = 0;
        while (true) {
            if (node instanceof Entry entry) {
                return entry.hash == hash && entry.key.equals(key) ? (V) entry.value : null;
            }
            if (node instanceof Collision collision) {
                for (Entry entry : collision.entries) {
                    if (entry.key.equals(key)) {
                        return (V) entry.value;
                    }
                }
                return null;
            }
            Branch branch = (Branch) node;
            int bit = bit(hash, shift);
            if ((branch.bitmap & bit) == 0) {
                return null;
            }
            node = branch.slots[branch.index(bit)];
            shift += BITS;
        }
    }

    /** A map with {@code key} mapped to {@code value}; this map is unchanged. */
    public PersistentMap<K, V> put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Entry entry = new Entry(key, spread(key.hashCode()), value);
        boolean[] added = new boolean[1];
        Object newRoot = put(root, 0, entry, added);
        return new PersistentMap<>(newRoot, added[0] ? size + 1 : size);
    }

    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        forEach(root, (BiConsumer<Object, Object>) action);
    }

    private static void forEach(Object node, BiConsumer<Object, Object> action) {
        if (node instanceof Entry entry) {
            action.accept(entry.key, entry.value);
        } else if (node instanceof Collision collision) {
            for (Entry entry : collision.entries) {
                action.accept(entry.key, entry.value);
            }
        } else {
            for (Object slot : ((Branch) node).slots) {
                forEach(slot, action);
            }
        }
    }

    private static Object put(Object node, int shift, Entry entry, boolean[] added) {
        if (node instanceof Entry existing) {
            if (existing.hash == entry.hash && existing.key.equals(entry.key)) {
                return entry;
            }
            added[0] = true;
            return merge(existing, existing.hash, entry, shift);
        }
        if (node instanceof Collision collision) {
            if (collision.hash != entry.hash) {
                added[0] = true;
                return merge(collision, collision.hash, entry, shift);
            }
            Entry[] entries = collision.entries;
            for (int i = 0; i < entries.length; i++) {
                if (entries[i].key.equals(entry.key)) {
                    Entry[] copy = entries.clone();
                    copy[i] = entry;
                    return new Collision(entry.hash, copy);
                }
            }
            added[0] = true;
            Entry[] copy = Arrays.copyOf(entries, entries.length + 1);
            copy[entries.length] = entry;
            return new Collision(entry.hash, copy);
        }
        Branch branch = (Branch) node;
        int bit = bit(entry.hash, shift);
        int index = branch.index(bit);
        if ((branch.bitmap & bit) == 0) {
            added[0] = true;
            Object[] slots = new Object[branch.slots.length + 1];
            System.arraycopy(branch.slots, 0, slots, 0, index);
            slots[index] = entry;
            System.arraycopy(branch.slots, index, slots, index + 1, branch.slots.length - index);
            return new Branch(branch.bitmap | bit, slots);
        }
        Object[] slots = branch.slots.clone();
        slots[index] = put(branch.slots[index], shift + BITS, entry, added);
        return new Branch(branch.bitmap, slots);
    }

    /** A node holding {@code existing} (an entry or a collision of hash {@code hash}) and {@code entry}. */
    private static Object merge(Object existing, int hash, Entry entry, int shift) {
        if (hash == entry.hash) {
            Entry[] entries = existing instanceof Collision collision
                    ? Arrays.copyOf(collision.entries, collision.entries.length + 1)
                    : new Entry[] {(Entry) existing, null};
            entries[entries.length - 1] = entry;
            return new Collision(hash, entries);
        }
        int bitA = bit(hash, shift);
        int bitB = bit(entry.hash, shift);
        if (bitA == bitB) {
            return new Branch(bitA, new Object[] {merge(existing, hash, entry, shift + BITS)});
        }
        Object[] slots = Integer.compareUnsigned(bitA, bitB) < 0
                ? new Object[] {existing, entry}
                : new Object[] {entry, existing};
        return new Branch(bitA | bitB, slots);
    }

    private static int bit(int hash, int shift) {
        return 1 << ((hash >>> shift) & MASK);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PersistentMap<?, ?> that) || that.size != size) {
            return false;
        }
        boolean[] same = {true};
        @SuppressWarnings("unchecked")
        PersistentMap<Object, Object> them = (PersistentMap<Object, Object>) that;
        forEach((key, value) -> same[0] &= value.equals(them.get(key)));
        return same[0];
    }

    @Override
    public int hashCode() {
        int[] hash = {0};
        forEach((key, value) -> hash[0] += key.hashCode() ^ value.hashCode());
        return hash[0];
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        forEach((key, value) -> text.append(text.length() > 1 ? ", " : "").append(key).append('=').append(value));
        return text.append('}').toString();
    }

    private record Entry(Object key, int hash, Object value) {
    }

    private record Collision(int hash, Entry[] entries) {
    }

    private record Branch(int bitmap, Object[] slots) {
        int index(int bit) {
            return Integer.bitCount(bitmap & (bit - 1));
        }
    }
}
