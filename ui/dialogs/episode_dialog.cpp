#include "dialogs/episode_dialog.h"

#include "core/text_limits.h"
#include "date_edit.h"
#include "dialogs/enum_combo.h"
#include "dialogs/placeholder_list.h"
#include "dialogs/validation_message.h"
#include "formatting.h"
#include "money_input.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

constexpr int kMatches = 8;

} // namespace

EpisodeDialog::EpisodeDialog(storage::Repository& repository, core::CustomerId customerId, QWidget* parent)
    : QDialog(parent)
    , m_repository(repository) {
    setWindowTitle(tr("Log an episode"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    layout->addLayout(form);

    m_customerSearch = new QLineEdit(this);
    m_customerSearch->setObjectName(QStringLiteral("episodeCustomerSearch"));
    m_customerSearch->setPlaceholderText(tr("Type a name, e-mail or phone; Down to pick"));
    m_matches = new PlaceholderList(this);
    m_matches->setObjectName(QStringLiteral("episodeCustomerMatches"));
    m_matches->setPlaceholderText(tr("The customers that match appear here as you type."));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * (kMatches + 1));
    m_chosen = new QLabel(tr("No customer chosen"), this);
    auto* chooser = new QVBoxLayout();
    chooser->addWidget(m_customerSearch);
    chooser->addWidget(m_matches);
    chooser->addWidget(m_chosen);
    // addRow(QString, QLayout*) gives its label no buddy, and a label without one shows "&" as it is.
    auto* customerLabel = new QLabel(tr("&Customer:"), this);
    customerLabel->setBuddy(m_customerSearch);
    form->addRow(customerLabel, chooser);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("episodeKind"));
    fillEnumCombo<core::EpisodeKind>(m_kind);
    m_channel = new QComboBox(this);
    fillEnumCombo<core::Channel>(m_channel);
    setComboValue(m_channel, std::optional(core::Channel::Phone));
    setComboValue(m_kind, std::optional(core::EpisodeKind::Call));
    m_date = new DateEdit(QDate::currentDate(), this);
    m_revenue = new MoneyEdit(this);
    m_revenue->setObjectName(QStringLiteral("episodeAmount"));
    m_revenue->setPlaceholderText(tr("e.g. 129.90 (negative for a return)"));
    m_margin = new MoneyEdit(this);
    m_margin->setPlaceholderText(tr("optional: revenue minus cost of goods"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("episodeReference"));
    m_reference->setPlaceholderText(tr("optional: invoice or credit note number, e.g. 536365"));
    m_reference->setMaxLength(static_cast<int>(core::limits::kReference));
    m_satisfaction = new QComboBox(this);
    m_satisfaction->addItem(tr("Not rated"));
    for (int s = core::kMinSatisfaction; s <= core::kMaxSatisfaction; ++s) {
        static const char* const kLabels[] = {QT_TR_NOOP("very dissatisfied"), QT_TR_NOOP("dissatisfied"),
                                              QT_TR_NOOP("neutral"), QT_TR_NOOP("satisfied"), QT_TR_NOOP("delighted")};
        m_satisfaction->addItem(QStringLiteral("%1 (%2)").arg(s > 0 ? QStringLiteral("+%1").arg(s) : QString::number(s),
                                                              tr(kLabels[s - core::kMinSatisfaction])),
                                s);
    }
    m_critical = new QCheckBox(tr("Critical: decides whether the relationship continues"), this);
    m_followUp = new QCheckBox(tr("Follow up on"), this);
    m_followUp->setObjectName(QStringLiteral("episodeFollowUp"));
    m_followUpOn = new DateEdit(QDate::currentDate().addDays(7), this);
    m_followUpOn->setObjectName(QStringLiteral("episodeFollowUpOn"));
    m_followUpOn->setEnabled(false);
    connect(m_followUp, &QCheckBox::toggled, m_followUpOn, &QWidget::setEnabled);
    auto* followUp = new QHBoxLayout();
    followUp->addWidget(m_followUp);
    followUp->addWidget(m_followUpOn, 1);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Amount:"), m_revenue);
    form->addRow(tr("&Margin:"), m_margin);
    form->addRow(tr("Documen&t no.:"), m_reference);
    form->addRow(tr("&Satisfaction:"), m_satisfaction);
    form->addRow(QString(), m_critical);
    auto* followUpLabel = new QLabel(tr("Follow-&up:"), this);
    followUpLabel->setBuddy(m_followUp);
    form->addRow(followUpLabel, followUp);
    form->addRow(tr("&Notes:"), m_notes);

    m_error = addValidationMessage(this, layout);
    addOkCancel(this, layout);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &EpisodeDialog::searchCustomers);
    connect(m_customerSearch, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_matches, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr) {
            chooseCustomer(item->data(Qt::UserRole).toLongLong(), item->text());
        }
    });
    m_customerSearch->installEventFilter(this);
    m_matches->installEventFilter(this);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        chooseCustomer(item->data(Qt::UserRole).toLongLong(), item->text());
        m_kind->setFocus(Qt::TabFocusReason);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EpisodeDialog::updateMoneyFields);
    updateMoneyFields();

    if (customerId > 0) {
        if (const auto row = m_repository.customerRow(customerId)) {
            chooseCustomer(customerId, customerChoiceLabel(row->displayName, row->city, row->id));
            m_customerSearch->setText(fromUtf8(row->displayName));
        }
        m_kind->setFocus();
    } else {
        m_customerSearch->setFocus();
    }
}

void EpisodeDialog::searchCustomers() {
    m_matches->clear();
    const QString text = m_customerSearch->text().trimmed();
    if (text.isEmpty()) {
        m_matches->setPlaceholderText(tr("The customers that match appear here as you type."));
        return;
    }
    storage::CustomerPageRequest request;
    request.filter.search = text.toStdString();
    request.limit = kMatches;
    try {
        for (const auto& row : m_repository.customerPage(request).rows) {
            auto* item = new QListWidgetItem(customerChoiceLabel(row.displayName, row.city, row.id), m_matches);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(row.id));
        }
        m_matches->setPlaceholderText(tr("No customer matches “%1”.").arg(text));
    } catch (const std::exception& error) {
        spdlog::warn("customer search failed: {}", error.what());
        m_matches->setPlaceholderText(tr("The search failed: %1").arg(QString::fromUtf8(error.what())));
    }
}

bool EpisodeDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_customerSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            pickFirstMatch();
            return true;
        }
        if (key == Qt::Key_Down && m_matches->count() > 0) {
            m_matches->setFocus();
            m_matches->setCurrentRow(0);
            return true;
        }
    }
    if (watched == m_matches && event->type() == QEvent::KeyPress) {
        // The list passes Enter on to the dialog, whose default button would save the episode at once.
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (auto* item = m_matches->currentItem()) {
                chooseCustomer(item->data(Qt::UserRole).toLongLong(), item->text());
                m_kind->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_customerSearch->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EpisodeDialog::pickFirstMatch() {
    if (m_searchTimer->isActive()) {
        searchCustomers(); // typed faster than the pause: search now
        m_searchTimer->stop();
    }
    if (m_matches->count() > 0) {
        m_matches->setCurrentRow(0);
        m_kind->setFocus();
    }
}

void EpisodeDialog::chooseCustomer(core::CustomerId id, const QString& name) {
    m_customerId = id;
    m_chosen->setText(tr("Chosen: %1").arg(name));
}

void EpisodeDialog::updateMoneyFields() {
    const auto kind = comboValue<core::EpisodeKind>(m_kind).value_or(core::EpisodeKind::Other);
    m_revenue->setEnabled(core::isMonetary(kind));
    m_margin->setEnabled(core::isMonetary(kind));
}

core::Episode EpisodeDialog::episode() const {
    core::Episode e;
    e.customerId = m_customerId;
    e.kind = comboValue<core::EpisodeKind>(m_kind).value_or(core::EpisodeKind::Other);
    e.channel = comboValue<core::Channel>(m_channel).value_or(core::Channel::Other);
    e.occurredOn = fromQDate(m_date->date());
    if (core::isMonetary(e.kind)) {
        e.revenue = m_revenue->money();
        if (!m_margin->text().trimmed().isEmpty()) {
            e.margin = m_margin->money();
        }
    }
    const QVariant satisfaction = m_satisfaction->currentData();
    if (satisfaction.isValid()) {
        e.satisfaction = satisfaction.toInt();
    }
    e.critical = m_critical->isChecked();
    if (m_followUp->isChecked()) {
        e.followUpOn = fromQDate(m_followUpOn->date());
    }
    e.notes = m_notes->toPlainText().trimmed().toStdString();
    e.reference = m_reference->text().trimmed().toStdString();
    return e;
}

QString EpisodeDialog::problems() const {
    QStringList lines;
    if (m_customerId <= 0) {
        lines << tr("Customer: choose one (type part of the name, then pick from the list)");
    }
    const auto kind = comboValue<core::EpisodeKind>(m_kind).value_or(core::EpisodeKind::Other);
    if (core::isMonetary(kind)) {
        if (!m_revenue->money()) {
            lines << tr("Amount: expected a number such as 129.90, got \"%1\"").arg(m_revenue->text());
        }
        if (!m_margin->isBlank() && !m_margin->money()) {
            lines << tr("Margin: expected a number such as 40.00, got \"%1\"").arg(m_margin->text());
        }
    }
    if (lines.isEmpty()) {
        for (const auto& error : core::validationErrors(episode())) {
            lines << describeFieldError(error);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void EpisodeDialog::accept() {
    if (showProblems(m_error, problems(), tr("Please correct:"))) {
        QDialog::accept();
    }
}

} // namespace rapport::ui
