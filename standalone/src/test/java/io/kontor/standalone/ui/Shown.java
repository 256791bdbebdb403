package io.kontor.standalone.ui;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** How the pages write the API's figures, so a test can compare what a user reads with what the API said. */
final class Shown {

    private Shown() {
    }

    /** {@code 12500.00} as {@code 12,500.00}, exactly as given (never through a float). */
    static String amount(String amount) {
        boolean negative = amount.startsWith("-");
        String digits = negative ? amount.substring(1) : amount;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (point < 0 ? "" : digits.substring(point));
    }

    static String count(JsonNode number) {
        return amount(number.asText());
    }

    /** A list of money, one line per currency, or a dash when empty. */
    static String money(JsonNode list) {
        List<String> lines = new ArrayList<>();
        list.forEach(money -> lines.add(amount(money.path("amount").asText()) + " " + money.path("currency").asText()));
        return lines.isEmpty() ? "–" : String.join("\n", lines);
    }
}
