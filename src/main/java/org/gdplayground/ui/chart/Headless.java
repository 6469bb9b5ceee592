package org.gdplayground.ui.chart;

/** Makes AWT run without a display; must run before the first AWT class initialises its toolkit. */
final class Headless {

    private Headless() {
    }

    /** Sets {@code java.awt.headless=true} unless someone already decided (Spring Boot sets it to true too). */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
