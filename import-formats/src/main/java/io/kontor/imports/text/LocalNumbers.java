package io.kontor.imports.text;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as exports and spreadsheets write them: {@code 12500}, {@code 12500.0}, {@code 1.25E4}
 * (Salesforce), {@code 12,500.00} (English), {@code 12.500,00} (German, Dutch), {@code 12 500,00}
 * (Polish, with plain or non-breaking spaces), with a currency code or symbol before or after. With
 * both separators the last one is the decimal one. With only one, it groups thousands when it appears
 * more than once, or when it is followed by exactly three digits and is not the decimal separator of the
 * file's {@link Dialect} ({@code 1.200} is 1200 in a semicolon-separated file, 1.2 in a comma-separated one).
 */
public final class LocalNumbers {

    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "$", "USD", "£", "GBP", "zł", "PLN",
            "zl", "PLN", "Fr.", "CHF", "kr", "SEK", "¥", "JPY");
    private static final Pattern CODE = Pattern.compile("^([A-Z]{3})\\s*(.*)$|^(.*?)\\s*([A-Z]{3})$");
    private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d+(\\.\\d+)?[eE][+-]?\\d+");
    private static final Pattern PLAIN = Pattern.compile("-?[\\d.,]+");

    /** An amount and the currency written beside it, if any. */
    public record Amount(BigDecimal value, String currency) {
    }

    private LocalNumbers() {
    }

    public static Optional<BigDecimal> decimal(String text, Dialect dialect) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String compact = text.strip().replaceAll("[\\s\\u00A0\\u202F']", "");
        if (SCIENTIFIC.matcher(compact).matches()) {
            return Optional.of(new BigDecimal(compact));
        }
        boolean negative = compact.startsWith("(") && compact.endsWith(")");
        if (negative) {
            compact = "-" + compact.substring(1, compact.length() - 1);
        }
        if (!PLAIN.matcher(compact).matches() || compact.chars().noneMatch(Character::isDigit)) {
            throw new NumberFormatException("not a number");
        }
        return Optional.of(new BigDecimal(canonical(compact, dialect)));
    }

    /** A whole number such as an employee count; a fraction is refused. */
    public static Optional<Integer> whole(String text, Dialect dialect) {
        return decimal(text, dialect).map(value -> value.stripTrailingZeros().intValueExact());
    }

    public static Optional<Amount> amount(String text, Dialect dialect) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String rest = text.strip();
        String currency = null;
        for (Map.Entry<String, String> symbol : SYMBOLS.entrySet()) {
            if (rest.startsWith(symbol.getKey()) || rest.endsWith(symbol.getKey())) {
                currency = symbol.getValue();
                rest = rest.startsWith(symbol.getKey()) ? rest.substring(symbol.getKey().length())
                        : rest.substring(0, rest.length() - symbol.getKey().length());
                break;
            }
        }
        Matcher code = CODE.matcher(rest.strip());
        if (currency == null && code.matches()) {
            currency = code.group(1) != null ? code.group(1) : code.group(4);
            rest = code.group(1) != null ? code.group(2) : code.group(3);
        }
        String finalCurrency = currency;
        return decimal(rest, dialect).map(value -> new Amount(value, finalCurrency));
    }

    private static String canonical(String number, Dialect dialect) {
        int lastPoint = number.lastIndexOf('.');
        int lastComma = number.lastIndexOf(',');
        char decimal;
        if (lastPoint >= 0 && lastComma >= 0) {
            decimal = lastPoint > lastComma ? '.' : ',';
        } else if (lastPoint < 0 && lastComma < 0) {
            return number;
        } else {
            char only = lastPoint >= 0 ? '.' : ',';
            char other = only == '.' ? ',' : '.';
            boolean repeated = number.indexOf(only) != number.lastIndexOf(only);
            boolean thousands = number.length() - number.lastIndexOf(only) - 1 == 3;
            char dialectDecimal = dialect == Dialect.COMMA_DECIMAL ? ',' : '.';
            decimal = repeated ? other : (only == dialectDecimal || !thousands ? only : other);
        }
        char grouping = decimal == '.' ? ',' : '.';
        String digits = number.replace(String.valueOf(grouping), "");
        return digits.replace(decimal, '.');
    }
}
