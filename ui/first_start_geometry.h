#pragma once

#include <QRect>

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

} // namespace rapport::ui
