package io.kontor.api.territory;

import java.util.Arrays;
import java.util.Optional;

/** The account fields a territory's rules may test, under the names the HTTP API uses. */
public enum TerritoryField {
    COUNTRY("country"), REGION("region"), INDUSTRY("industry"), KIND("kind"),
    HEADQUARTERS_COUNTRY("headquartersCountry"), EMPLOYEES("employees");

    private final String apiName;

    TerritoryField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<TerritoryField> byApiName(String name) {
        return Arrays.stream(values()).filter(field -> field.apiName.equals(name)).findFirst();
    }

    /** Only head counts are ordered; the other fields are codes or names. */
    public boolean numeric() {
        return this == EMPLOYEES;
    }
}
