package io.kontor.api.map;

/**
 * A seat's place on the power/interest grid; high is 4 or 5 on the 1-5 scales. Attention goes to
 * {@link #MANAGE_CLOSELY} first.
 */
public enum Quadrant {
    MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR;

    public static final int HIGH = 4;

    public static Quadrant of(int influence, int interest) {
        boolean power = influence >= HIGH;
        boolean concern = interest >= HIGH;
        if (power) {
            return concern ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return concern ? KEEP_INFORMED : MONITOR;
    }
}
