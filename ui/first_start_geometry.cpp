#include "first_start_geometry.h"

namespace rapport::ui {

namespace {

// Title bar and borders of common window managers; the screen's free area does not count them.
constexpr QSize kFrameAllowance(16, 48);
// The frame is mostly above the window (the title bar): centring the window alone would push the title bar over
// the top of the free area when the room is tight.
constexpr QPoint kTitleBarShift(0, (kFrameAllowance.height() - kFrameAllowance.width()) / 2);

} // namespace

FirstStartGeometry firstStartGeometry(const QRect& available, const QSize& preferred) {
    const QSize room = available.size() - kFrameAllowance;
    if (preferred.width() <= room.width() && preferred.height() <= room.height()) {
        QRect normal(QPoint(), preferred);
        normal.moveCenter(available.center() + kTitleBarShift);
        return {normal, false};
    }
    QRect normal(QPoint(), preferred.boundedTo(room.expandedTo(QSize(1, 1))));
    normal.moveCenter(available.center() + kTitleBarShift);
    return {normal, true};
}

std::optional<FirstStartGeometry> refitSavedGeometry(const QRect& saved, const QRect& available) {
    if (available.contains(saved)) {
        return std::nullopt;
    }
    return firstStartGeometry(available, saved.size());
}

} // namespace rapport::ui
