#pragma once

#include <QListWidget>
#include <QPainter>
#include <QString>

namespace rapport::ui {

/**
 * A list that says what it is for while it is empty, as a line edit's placeholder does: an empty white box under a
 * search field reads as something that failed to load.
 */
class PlaceholderList final : public QListWidget {
public:
    using QListWidget::QListWidget;

    void setPlaceholderText(const QString& text) {
        m_placeholder = text;
        viewport()->update();
    }
    [[nodiscard]] const QString& placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent* event) override {
        QListWidget::paintEvent(event);
        if (count() > 0 || m_placeholder.isEmpty()) {
            return;
        }
        QPainter painter(viewport());
        painter.setPen(palette().placeholderText().color());
        const int margin = fontMetrics().averageCharWidth();
        painter.drawText(viewport()->rect().adjusted(margin, margin / 2, -margin, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
    }

private:
    QString m_placeholder;
};

} // namespace rapport::ui
