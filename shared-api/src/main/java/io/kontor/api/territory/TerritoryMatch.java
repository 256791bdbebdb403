package io.kontor.api.territory;

/** Whether an account must meet all of a territory's conditions or any one of them. */
public enum TerritoryMatch {
    ALL, ANY
}
