#pragma once

#include <QString>

namespace rapport::ui {

class MainWindow;

/**
 * Renders each page of the window to PNG files in `directory` (dashboard, the customer list with each tab of
 * the card of the highest-revenue customer, episodes, partnerships and their network, each analytics chart,
 * reports), after the background analysis has finished, for the user guide and the tests. Works on the
 * offscreen platform. Returns the number of files written, or -1 when the folder cannot be written.
 */
int saveScreenshots(MainWindow& window, const QString& directory);

} // namespace rapport::ui
