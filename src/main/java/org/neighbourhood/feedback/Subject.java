package org.neighbourhood.feedback;

/**
 * What a resident's feedback or voiced concern is about: the local concerns residents raise most, and
 * {@link #OTHER}. The UI names each in every language ({@code feedback.subject.*}).
 */
public enum Subject {
    ASB,
    SPEEDING,
    DRUGS,
    BURGLARY,
    VEHICLE_CRIME,
    LITTER,
    OTHER
}
