#pragma once

#include <QDate>
#include <QLocale>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace rapport::ui {

/**
 * A date field that reads a whole typed or pasted date ("30 Nov 2026", "30/11/2026", "2026-11-30"), with a
 * calendar beside it. QDateEdit edits one section at a time: typing a full date into it moves the caret
 * between sections on its own terms, and "30 Nov 2026" became "7 Nov 2026" (issue 15).
 *
 * Up and Down step a day, Page Up and Page Down a month, Alt+Down or F4 opens the calendar. Text that is
 * not a date is left for the user to correct while typing and replaced by the last date when the field
 * is left.
 */
class DateEdit final : public QWidget {
    Q_OBJECT

public:
    explicit DateEdit(const QDate& date, QWidget* parent = nullptr);
    ~DateEdit() override;

    /** The typed date when the text reads as one, otherwise the last date. */
    [[nodiscard]] QDate date() const;
    void setDate(const QDate& date);
    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }
    /** The calendar the button opens, made on first use and set to the field's date and locale. */
    [[nodiscard]] QCalendarWidget* calendar();
    /** The locale's short date format with the year in four digits ("dd/MM/yyyy", "M/d/yyyy"). */
    [[nodiscard]] static QString displayFormat(const QLocale& locale = QLocale());
    /** Reads a date in the locale's formats (numeric, month names) or ISO 8601; invalid when it is none. */
    [[nodiscard]] static QDate parse(const QString& text, const QLocale& locale = QLocale());

signals:
    /** The date changed: by a committed edit (Enter, leaving the field), a step, the calendar or setDate. */
    void dateChanged(const QDate& date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void commit();
    void showCalendar();
    void showText();

    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
    QCalendarWidget* m_calendar = nullptr; // made on first use
    QDate m_date;
};

} // namespace rapport::ui
