#include "dialogs/duplicate_hint.h"

#include "formatting.h"
#include "io/duplicates.h"
#include "storage/repository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

struct Match {
    storage::CustomerRow row;
    QString why;
};

std::vector<storage::CustomerRow> searchIndex(storage::Repository& repository, const std::string& words, int limit) {
    storage::CustomerPageRequest request;
    request.filter.search = words;
    request.limit = limit;
    return repository.customerPage(request).rows;
}

QString digitsOf(const QString& text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

} // namespace

DuplicateHint::DuplicateHint(storage::Repository& repository, core::CustomerId self, QLineEdit* name, QLineEdit* emails,
                             QLineEdit* phones, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_self(self)
    , m_name(name)
    , m_emails(emails)
    , m_phones(phones) {
    setObjectName(QStringLiteral("duplicateHint"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_open = new QPushButton(tr("Open the &existing one"), this);
    m_open->setObjectName(QStringLiteral("openExistingCustomer"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    hide();
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(350);
    connect(m_pause, &QTimer::timeout, this, &DuplicateHint::check);
    for (auto* edit : {m_name, m_emails, m_phones}) {
        connect(edit, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    }
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_candidate != 0) {
            emit openRequested(m_candidate);
        }
    });
}

void DuplicateHint::check() {
    std::optional<Match> found;
    try {
        for (const auto& part : m_emails->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString email = part.trimmed().toLower();
            if (found || !email.contains(QLatin1Char('@')) || email.endsWith(QLatin1Char('@'))) {
                continue;
            }
            for (auto& row : searchIndex(m_repository, email.toStdString(), 5)) {
                if (row.id != m_self && fromUtf8(row.email).toLower() == email) {
                    found = Match{std::move(row), tr("same e-mail %1").arg(email)};
                    break;
                }
            }
        }
        for (const auto& part : m_phones->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString digits = digitsOf(part);
            if (found || digits.size() < 7) {
                continue;
            }
            // The last nine digits: the number without a country code, as people type it either way.
            const QString tail = digits.right(9);
            for (auto& row : searchIndex(m_repository, tail.toStdString(), 5)) {
                if (row.id != m_self && digitsOf(fromUtf8(row.phone)).endsWith(tail)) {
                    found = Match{std::move(row), tr("same phone %1").arg(part.trimmed())};
                    break;
                }
            }
        }
        const std::string key = io::nameKey(m_name->text().toStdString());
        if (!found && key.size() >= 5) {
            // Every word but the last letter of each, so a one-letter slip at a word's end still finds it.
            QStringList words;
            for (const auto& word : m_name->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                words << (word.size() > 3 ? word.left(word.size() - 1) : word);
            }
            int similar = 0;
            for (auto& row : searchIndex(m_repository, words.join(QLatin1Char(' ')).toStdString(), 20)) {
                if (row.id != m_self && io::editDistance(io::nameKey(row.displayName), key, 1) <= 1) {
                    if (similar++ == 0) {
                        found = Match{std::move(row), {}};
                    }
                }
            }
            if (found) {
                // Namesakes are common: say how many, so the user looks before choosing the first.
                found->why = similar >= 20 ? tr("%Ln or more customers with a similar name, e.g.", nullptr, similar)
                             : similar > 1 ? tr("%Ln customers with a similar name, e.g.", nullptr, similar)
                                           : tr("a similar name");
            }
        }
    } catch (const std::exception& error) {
        spdlog::warn("duplicate check failed: {}", error.what());
    }
    if (!found) {
        m_candidate = 0;
        hide();
        return;
    }
    m_candidate = found->row.id;
    QStringList tell{tr("#%1", "a customer's number").arg(found->row.id)};
    if (!found->row.city.empty()) {
        tell.prepend(fromUtf8(found->row.city));
    }
    m_text->setText(tr("Possibly in the base already (%1): %2 — %3")
                        .arg(found->why, fromUtf8(found->row.displayName), tell.join(QStringLiteral(" · "))));
    show();
}

} // namespace rapport::ui
