package org.neighbourhood.base;

/** Where an item is in its life: only PUBLISHED items whose publish time has come are public. */
public enum Publication {
    DRAFT, PUBLISHED, UNPUBLISHED
}
