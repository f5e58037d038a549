#include "date_edit.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QToolButton>

namespace rapport::ui {

namespace {

/** A two-digit year read by QLocale lands in 19xx; people mean the century around today. */
QDate nearestCentury(QDate date) {
    const int today = QDate::currentDate().year();
    while (date.isValid() && date.year() < today - 80) {
        date = date.addYears(100);
    }
    return date;
}

/** "dd" -> "d", "MM" -> "M": a typed date need not be padded with zeros. */
QString unpadded(QString format) {
    format.replace(QStringLiteral("dd"), QStringLiteral("d"));
    if (!format.contains(QStringLiteral("MMM"))) {
        format.replace(QStringLiteral("MM"), QStringLiteral("M"));
    }
    return format;
}

QDate readAs(const QString& text, const QLocale& locale, const QString& format) {
    const QDate date = locale.toDate(text, format);
    if (!date.isValid()) {
        return {};
    }
    return format.contains(QStringLiteral("yyyy")) ? date : nearestCentury(date);
}

} // namespace

DateEdit::~DateEdit() {
    // The line edit loses focus while ~QWidget deletes it and says editingFinished: by then this object is no
    // longer a DateEdit, so commit() must not be called (UBSan caught the downcast).
    m_edit->disconnect(this);
    if (m_calendar != nullptr) {
        m_calendar->disconnect(this);
    }
}

DateEdit::DateEdit(const QDate& date, QWidget* parent)
    : QWidget(parent)
    , m_date(date) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setToolTip(tr("Type a date such as %1 or %2, or pick one from the calendar (Alt+Down)")
                           .arg(locale().toString(QDate::currentDate(), displayFormat(locale())),
                                QDate::currentDate().toString(Qt::ISODate)));
    m_button = new QToolButton(this);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->setToolTip(tr("Pick from a calendar"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit); // a label's buddy and setFocus() land in the text
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateEdit::commit);
    connect(m_button, &QToolButton::clicked, this, &DateEdit::showCalendar);
    showText();
}

QString DateEdit::displayFormat(const QLocale& locale) {
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return format;
}

QDate DateEdit::parse(const QString& typed, const QLocale& locale) {
    const QString text = typed.simplified();
    if (text.isEmpty()) {
        return {};
    }
    if (const QDate iso = QDate::fromString(text, Qt::ISODate); iso.isValid()) {
        return iso;
    }
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QString twoDigitYear = displayFormat(locale);
    twoDigitYear.replace(QStringLiteral("yyyy"), QStringLiteral("yy"));
    QStringList formats{displayFormat(locale), shortFormat, twoDigitYear, locale.dateFormat(QLocale::LongFormat)};
    for (const QString& format : QStringList(formats)) {
        formats << unpadded(format);
    }
    for (const char* named :
         {"d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMMM d, yyyy"}) {
        formats << QLatin1String(named);
    }
    formats.removeDuplicates();
    // Month names in the user's language first, then English ones, which many people type anyway.
    for (const QLocale& names : {locale, QLocale::c()}) {
        for (const QString& format : formats) {
            if (const QDate date = readAs(text, names, format); date.isValid()) {
                return date;
            }
        }
    }
    return {};
}

QDate DateEdit::date() const {
    const QDate typed = parse(m_edit->text(), locale());
    return typed.isValid() ? typed : m_date;
}

void DateEdit::setDate(const QDate& date) {
    if (!date.isValid()) {
        return;
    }
    const bool changed = date != m_date;
    m_date = date;
    showText();
    if (changed) {
        emit dateChanged(m_date);
    }
}

void DateEdit::showText() {
    m_edit->setText(locale().toString(m_date, displayFormat(locale())));
}

void DateEdit::commit() {
    const QDate typed = parse(m_edit->text(), locale());
    if (typed.isValid()) {
        setDate(typed);
    }
    showText(); // the date in one format, or the last date again when the text was none
}

bool DateEdit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool alt = key->modifiers() & Qt::AltModifier;
        if (key->key() == Qt::Key_F4 || (alt && key->key() == Qt::Key_Down)) {
            showCalendar();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Up:
                setDate(date().addDays(1));
                return true;
            case Qt::Key_Down:
                setDate(date().addDays(-1));
                return true;
            case Qt::Key_PageUp:
                setDate(date().addMonths(1));
                return true;
            case Qt::Key_PageDown:
                setDate(date().addMonths(-1));
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateEdit::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LocaleChange) {
        showText();
    }
    QWidget::changeEvent(event);
}

QCalendarWidget* DateEdit::calendar() {
    if (m_calendar == nullptr) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate picked) {
            m_calendar->hide();
            setDate(picked);
            m_edit->setFocus();
        });
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate picked) {
            m_calendar->hide();
            setDate(picked);
            m_edit->setFocus();
        });
    }
    // The field's locale decides the calendar's too: its month and day names and the first day of the week
    // (Monday in Poland, Russia, Ukraine and Sweden, Sunday in the United States).
    m_calendar->setLocale(locale());
    m_calendar->setFirstDayOfWeek(locale().firstDayOfWeek());
    m_calendar->setSelectedDate(date());
    return m_calendar;
}

void DateEdit::showCalendar() {
    QCalendarWidget* popup = calendar();
    popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect space = screen->availableGeometry();
        if (at.y() + m_calendar->height() > space.bottom()) {
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height()); // above when there is no room below
        }
        at.setX(std::clamp(at.x(), space.left(), std::max(space.left(), space.right() - m_calendar->width())));
    }
    m_calendar->move(at);
    m_calendar->show();
    m_calendar->setFocus();
}

} // namespace rapport::ui
