package org.example.forgetful;

/** A main source, so that the module builds a jar. */
public final class Forgetful {
    private Forgetful() {
    }
}
