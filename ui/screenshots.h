#pragma once

#include <QString>

namespace rapport::ui {

class MainWindow;

/**
 * Renders each page of the window to PNG files in `directory` (customers.png, contact-persons.png,
 * episodes.png) with the highest-revenue customer selected, for the user guide and the tests. Works on the
 * offscreen platform. Returns the number of files written, or -1 when the folder cannot be written.
 */
int saveScreenshots(MainWindow& window, const QString& directory);

} // namespace rapport::ui
