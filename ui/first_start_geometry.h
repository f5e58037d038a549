#pragma once

#include <QRect>

#include <optional>

namespace rapport::ui {

/// Where the main window opens when no size was saved yet.
struct FirstStartGeometry {
    QRect normal;   ///< the window's own geometry (also what it returns to from maximized)
    bool maximized; ///< the screen is too small for the preferred size
};

/// The preferred size, centred, where the screen's free area holds it with room for the window manager's frame.
/// On a smaller screen (a 1024x768 laptop, a 1024x700 remote desktop) the window opens maximized: at the
/// preferred size it would reach past the screen's edge and cut off the right-hand columns and the details,
/// and the user would have to find the window's edge off screen to fix it.
FirstStartGeometry firstStartGeometry(const QRect& available, const QSize& preferred);

/// A saved window geometry that no longer fits the screen's free area (saved on a large monitor, opened on a laptop
/// or a smaller remote desktop): the saved size placed as at the first start, maximized when it does not fit.
/// Empty when the saved geometry fits, so a window the user placed stays where it was.
std::optional<FirstStartGeometry> refitSavedGeometry(const QRect& saved, const QRect& available);

} // namespace rapport::ui
