package io.kontor.bench;

/**
 * One measured figure: its value, the raw limit of the machine it is compared with (if any), and the
 * target it must meet (if any). {@code higherIsBetter} says which way the target points.
 */
record Figure(String name, double value, String unit, Double limit, Double target, boolean higherIsBetter, String note) {

    Double ratio() {
        return limit == null || limit == 0 ? null : value / limit;
    }

    String verdict() {
        if (target == null) {
            return "";
        }
        boolean met = higherIsBetter ? value >= target : value <= target;
        return met ? "met" : "MISSED";
    }
}
