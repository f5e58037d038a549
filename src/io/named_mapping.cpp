#include "io/named_mapping.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace rapport::io {

namespace {

std::filesystem::path fileOf(const std::filesystem::path& directory, const std::string& name) {
    const bool plain = !name.empty() && name.size() <= 80 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == ' ' || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!plain || name.find("..") != std::string::npos) {
        throw std::invalid_argument("a mapping name holds letters, digits, spaces, '-' and '_' only: \"" + name + "\"");
    }
    return directory / (name + ".json");
}

} // namespace

void saveNamedMapping(const std::filesystem::path& directory, const std::string& name, const NamedMapping& mapping) {
    const auto path = fileOf(directory, name);
    std::filesystem::create_directories(directory);
    const nlohmann::json document{{"kind", core::toCode(mapping.kind)}, {"columns", mapping.columns}};
    const auto partial = path.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::trunc);
        out << document.dump(2) << '\n';
        if (!out) {
            throw std::runtime_error("cannot write " + partial);
        }
    }
    std::filesystem::rename(partial, path);
}

NamedMapping loadNamedMapping(const std::filesystem::path& directory, const std::string& name) {
    const auto path = fileOf(directory, name);
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("no saved mapping \"" + name + "\" (looked for " + path.string() + ")");
    }
    try {
        const auto document = nlohmann::json::parse(in);
        NamedMapping mapping;
        const auto kind = core::fromCode<ImportKind>(document.at("kind").get<std::string>());
        if (!kind) {
            throw std::runtime_error("unknown kind");
        }
        mapping.kind = *kind;
        mapping.columns = document.at("columns").get<std::map<std::string, std::string>>();
        return mapping;
    } catch (const std::exception& e) {
        throw std::runtime_error(path.string() + " is not a saved mapping: " + e.what());
    }
}

NamedMapping mappingOf(ImportKind kind, const std::vector<std::string>& columns, const ColumnMapping& mapping) {
    NamedMapping named;
    named.kind = kind;
    for (std::size_t i = 0; i < columns.size() && i < mapping.fieldOfColumn.size(); ++i) {
        named.columns[columns[i]] = mapping.fieldOfColumn[i].value_or("ignore");
    }
    return named;
}

} // namespace rapport::io
