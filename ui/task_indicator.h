#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace rapport::ui {

/** The status bar's view of background work: what runs, a busy bar, and Cancel. Hidden when idle. */
class TaskIndicator final : public QWidget {
    Q_OBJECT

public:
    explicit TaskIndicator(QWidget* parent = nullptr);

    void begin(const QString& text, std::function<void()> cancel);
    void setText(const QString& text);
    void end();
    [[nodiscard]] bool isBusy() const { return m_busy; }

private:
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_cancelButton = nullptr;
    std::function<void()> m_cancel;
    bool m_busy = false;
};

} // namespace rapport::ui
