-- The prototype schema (v0): what Rapport's earliest builds wrote. Kept as SQL, not a binary file, so the
-- fixture can be read and changed. application_id is Rapport's, user_version 0.
PRAGMA application_id = 1380012112;
PRAGMA user_version = 0;
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, phone TEXT, segment TEXT,
                        city TEXT, created TEXT);
CREATE TABLE episodes (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id), date TEXT NOT NULL,
                       kind TEXT NOT NULL, amount REAL, note TEXT);
INSERT INTO customers VALUES (1, 'Anna Nowak', 'Anna.Nowak@Poczta.example', '+48 601-234-567', 'Families', 'Kraków', '2023-02-14');
INSERT INTO customers VALUES (2, 'Ольга Попова', NULL, NULL, NULL, 'Москва', '2023-05-01');
INSERT INTO customers VALUES (3, 'Nordic Foods AB', 'orders@nordic.example', '', 'Retail', 'Malmö', NULL);
INSERT INTO episodes VALUES (1, 1, '2023-02-14', 'sale', 19.99, 'first order');
INSERT INTO episodes VALUES (2, 1, '2023-03-01', 'sale', 0.1, NULL);
INSERT INTO episodes VALUES (3, 1, '2023-03-05', 'refund', 5.5, 'broken cup');
INSERT INTO episodes VALUES (4, 2, '2023-05-02', 'call', NULL, 'asked about delivery');
INSERT INTO episodes VALUES (5, 3, '2024-01-31', 'sale', 1234.56, NULL);
INSERT INTO episodes VALUES (6, 3, '2024-02-01', 'visit', NULL, 'trade fair');
