#include "app/collation.h"

#include <algorithm>

namespace rapport::app {

CollationSetting collationSetting(storage::Repository& repository) {
    CollationSetting setting;
    setting.language = repository.collation();
    setting.nativeName = setting.language;
    setting.choices = storage::offeredCollations();
    const auto offered = std::find_if(setting.choices.begin(), setting.choices.end(),
                                      [&](const auto& choice) { return choice.language == setting.language; });
    if (offered != setting.choices.end()) {
        setting.nativeName = offered->nativeName;
    } else {
        setting.choices.insert(setting.choices.begin(), {setting.language, setting.language, setting.language});
    }
    if (const auto session = repository.teamSession()) {
        setting.canChange = session->role == "admin" || session->role == "superuser" || session->role == "owner";
    }
    return setting;
}

void changeCollation(storage::Repository& repository, const std::string& language) {
    repository.setCollation(language);
}

} // namespace rapport::app
