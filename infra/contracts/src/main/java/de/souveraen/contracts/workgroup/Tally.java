package de.souveraen.contracts.workgroup;

/** Yes, no and abstentions of a vote (or of one faction in it). */
public record Tally(int yes, int no, int abstain) {
    public static final Tally ZERO = new Tally(0, 0, 0);

    /** All votes cast, abstentions included. */
    public int cast() {
        return yes + no + abstain;
    }

    public Tally plus(Tally other) {
        return new Tally(yes + other.yes, no + other.no, abstain + other.abstain);
    }

    public Tally plus(VoteChoice choice) {
        if (choice == VoteChoice.YES) {
            return new Tally(yes + 1, no, abstain);
        } else if (choice == VoteChoice.NO) {
            return new Tally(yes, no + 1, abstain);
        }
        return new Tally(yes, no, abstain + 1);
    }
}
