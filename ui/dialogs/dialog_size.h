#pragma once

#include <QWidget>

#include <algorithm>

namespace rapport::ui {

/**
 * Sizes a dialog of wrapped texts: at least `minimumWidth` wide, and as tall as its texts need at that width. Its
 * size hint is the height at a narrower width, where the texts wrap onto more lines; at the wider width that
 * height was spread over the labels as empty bands between the lines of the dialog.
 */
inline void resizeForWrappedTexts(QWidget& dialog, int minimumWidth) {
    const int width = std::max(dialog.sizeHint().width(), minimumWidth);
    const int height = dialog.hasHeightForWidth() ? dialog.heightForWidth(width) : -1;
    dialog.resize(width, height > 0 ? height : dialog.sizeHint().height());
}

} // namespace rapport::ui
