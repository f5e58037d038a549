#include "dialogs/campaign_dialog.h"

#include "dialogs/enum_combo.h"
#include "dialogs/validation_message.h"
#include "money_input.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {

CampaignDialog::CampaignDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("New campaign"));
    setObjectName(QStringLiteral("campaignDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    layout->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    form->addRow(tr("&Name:"), m_name);
    m_goal = new QLineEdit(this);
    m_goal->setObjectName(QStringLiteral("campaignGoal"));
    m_goal->setPlaceholderText(tr("e.g. more repeat purchases from regular customers"));
    form->addRow(tr("&Goal:"), m_goal);
    m_offer = new QComboBox(this);
    m_offer->setObjectName(QStringLiteral("campaignOffer"));
    fillEnumCombo<core::OfferKind>(m_offer);
    form->addRow(tr("&Offer:"), m_offer);
    m_offerText = new QPlainTextEdit(this);
    m_offerText->setObjectName(QStringLiteral("campaignOfferText"));
    m_offerText->setTabChangesFocus(true);
    m_offerText->setFixedHeight(m_offerText->fontMetrics().lineSpacing() * 3 + 12);
    m_offerText->setPlaceholderText(tr("What the customers are offered, in the words of the letter or call"));
    form->addRow(tr("Offer &text:"), m_offerText);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("campaignChannel"));
    fillEnumCombo<core::Channel>(m_channel);
    setComboValue(m_channel, std::optional(core::Channel::Email));
    form->addRow(tr("&Channel:"), m_channel);
    m_controlPercent = new QSpinBox(this);
    m_controlPercent->setObjectName(QStringLiteral("campaignControlPercent"));
    m_controlPercent->setRange(core::kMinControlPercent, core::kMaxControlPercent);
    m_controlPercent->setValue(20);
    m_controlPercent->setSuffix(tr(" %"));
    m_controlPercent->setToolTip(tr("Customers held back at random: what they buy shows what the treated would "
                                    "have bought without the offer"));
    form->addRow(tr("Control &group:"), m_controlPercent);
    m_stratification = new QComboBox(this);
    m_stratification->setObjectName(QStringLiteral("campaignStratification"));
    fillEnumCombo<core::Stratification>(m_stratification);
    setComboValue(m_stratification, std::optional(core::Stratification::FourGroup));
    m_stratification->setToolTip(tr("The control group is drawn within each, so both groups hold the same mix"));
    form->addRow(tr("Drawn &within:"), m_stratification);
    m_windowDays = new QSpinBox(this);
    m_windowDays->setObjectName(QStringLiteral("campaignWindowDays"));
    m_windowDays->setRange(1, core::kMaxResponseWindowDays);
    m_windowDays->setValue(30);
    m_windowDays->setSuffix(tr(" days"));
    m_windowDays->setToolTip(tr("Purchases in this many days after the launch day count as responses"));
    form->addRow(tr("Response &window:"), m_windowDays);
    m_cost = new MoneyEdit(this);
    m_cost->setObjectName(QStringLiteral("campaignCost"));
    m_cost->setMoney(core::Money{});
    form->addRow(tr("Cost per &contact:"), m_cost);
    m_excludeDays = new QSpinBox(this);
    m_excludeDays->setObjectName(QStringLiteral("campaignExcludeDays"));
    m_excludeDays->setRange(0, core::kMaxResponseWindowDays);
    m_excludeDays->setSuffix(tr(" days"));
    m_excludeDays->setSpecialValueText(tr("nobody"));
    m_excludeDays->setToolTip(tr("Leave out customers with any episode in this many days before the launch"));
    form->addRow(tr("Leave out contacted in the last:"), m_excludeDays);

    m_message = addValidationMessage(this, layout);
    addOkCancel(this, layout);
    m_name->setFocus();
}

core::Campaign CampaignDialog::campaign() const {
    core::Campaign c;
    c.name = m_name->text().trimmed().toStdString();
    c.goal = m_goal->text().trimmed().toStdString();
    c.offer = comboValue<core::OfferKind>(m_offer).value_or(core::OfferKind::Other);
    c.offerText = m_offerText->toPlainText().trimmed().toStdString();
    c.channel = comboValue<core::Channel>(m_channel).value_or(core::Channel::Email);
    c.controlPercent = m_controlPercent->value();
    c.stratification = comboValue<core::Stratification>(m_stratification).value_or(core::Stratification::None);
    c.responseWindowDays = m_windowDays->value();
    c.costPerContact = m_cost->money().value_or(core::Money{});
    c.excludeContactedDays = m_excludeDays->value();
    return c;
}

void CampaignDialog::accept() {
    QStringList problems;
    if (!m_cost->isBlank() && !m_cost->money()) {
        problems << tr("Cost per contact: an amount is expected, e.g. 2.50");
    }
    for (const auto& error : core::validationErrors(campaign())) {
        problems << (error.field == "name" ? tr("Name: the campaign needs a name") : describeFieldError(error));
    }
    if (showProblems(m_message, problems.join(QLatin1Char('\n')))) {
        QDialog::accept();
    }
}

} // namespace rapport::ui
