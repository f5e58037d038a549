PRAGMA application_id = 1380012112;
PRAGMA user_version = 11;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE rapport_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO rapport_meta VALUES('collation','root');
INSERT INTO rapport_meta VALUES('collation_version','153.120/r1');
INSERT INTO rapport_meta VALUES('created_at','2026-12-04T23:48:06Z');
INSERT INTO rapport_meta VALUES('currency_minor_units','2');
CREATE TABLE customer (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('person', 'household', 'organisation')),
    display_name        TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    legal_name          TEXT NOT NULL DEFAULT '',
    street              TEXT NOT NULL DEFAULT '',
    postcode            TEXT NOT NULL DEFAULT '',
    city                TEXT NOT NULL DEFAULT '',
    region              TEXT NOT NULL DEFAULT '',
    country             TEXT NOT NULL DEFAULT '',
    segment             TEXT NOT NULL DEFAULT '',
    market              TEXT NOT NULL CHECK (market IN ('b2c', 'b2b')),
    acquired_on         INTEGER,
    acquisition_channel TEXT,
    acquisition_cost    INTEGER NOT NULL DEFAULT 0 CHECK (acquisition_cost >= 0),
    owner               TEXT NOT NULL DEFAULT '',
    preferred_channel   TEXT,
    income_band         TEXT CHECK (income_band IN ('low', 'lower_middle', 'middle', 'upper_middle', 'high')),
    household_size      INTEGER CHECK (household_size BETWEEN 1 AND 50),
    external_ref        TEXT,
    notes               TEXT NOT NULL DEFAULT '',
    -- Running totals over the customer's episodes, kept by triggers, so lists sort by value without a scan.
    last_contact_on     INTEGER,
    revenue_total       INTEGER NOT NULL DEFAULT 0,
    margin_total        INTEGER NOT NULL DEFAULT 0,
    purchase_count      INTEGER NOT NULL DEFAULT 0,
    episode_count       INTEGER NOT NULL DEFAULT 0,
    -- The scores of the last analysis run are in customer_score (since v11; v3 to v10 kept them here).
    -- Since v5: shared with every sales manager of a team, and the row version that stops lost updates.
    shared              INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at          INTEGER NOT NULL DEFAULT (unixepoch()),
    -- Since v6: the day the customer was archived (hidden from lists and analyses); NULL while in use.
    archived_on         INTEGER
, name_sort_key BLOB NOT NULL DEFAULT x'');
INSERT INTO customer VALUES(1,'organisation','Zenith Distribution Ltd','Zenith Distribution Ltd','High Street 61','E3 2YF','Manchester','','United Kingdom','Public sector','b2b',19556,'social_network',61800,'Ірина Бондаренко','email',NULL,NULL,'DEMO-0','',20261,868987,344890,11,34,0,1,1796428086,1796428086,NULL,X'5c32443a503804303a4e504c3a2c52503a464404405030011b01dcc0dcbadc06');
INSERT INTO customer VALUES(2,'person','Oliver Wilson','Oliver Wilson','Church Lane 109','K6 9UC','London','','United Kingdom','Seniors','b2c',19797,'advertising',1000,'Piotr Zieliński','point_of_sale','upper_middle',4,'DEMO-1','',20267,12900,4359,5,13,0,1,1796428086,1796428086,NULL,X'46403a54324c04563a404e4644011101dcc0e009');
INSERT INTO customer VALUES(3,'organisation','Nordic Trade sp.j.','Nordic Trade sp.j.','al. Jerozolimskie 170','94-691','Łódź','','Poland','Wholesale','b2b',20182,'point_of_sale',69200,'Karin Öberg','phone',NULL,NULL,'DEMO-2','',20240,401678,83720,5,9,0,1,1796428086,1796428086,NULL,X'44464c303a2e04504c2a3032044e48083c08011601dcc0dc0e');
INSERT INTO customer VALUES(4,'organisation','Orion Distribution HB','Orion Distribution HB','Drottninggatan 173','628 73','Malmö','','Sweden','Wholesale','b2b',19639,'social_network',49400,'Karin Öberg','email',NULL,NULL,'DEMO-3','',20034,508186,184071,14,30,0,1,1796428086,1796428086,NULL,X'464c3a464404303a4e504c3a2c52503a464404382c011901dcc1dcbadcdc');
INSERT INTO customer VALUES(5,'organisation','Dnipro Wholesale sp.j.','Dnipro Wholesale sp.j.','ul. Ogrodowa 133','04-400','Łódź','','Poland','HoReCa','b2b',19822,'event',133400,'James Clarke','email',NULL,NULL,'DEMO-4','',20264,881874,260328,16,30,0,1,1796428086,1796428086,NULL,X'30443a484c460456384640324e2a4032044e48083c08011a01dcc0e012');
INSERT INTO customer VALUES(6,'organisation','Baltic Distribution АО','Baltic Distribution АО','ул. Садовая 48','962043','Санкт-Петербург','','Russia','Wholesale','b2b',20091,'phone',151200,'Piotr Zieliński','email',NULL,NULL,'DEMO-5','',20256,334862,89237,3,5,0,1,1796428086,1796428086,NULL,X'2c2a40503a2e04303a4e504c3a2c52503a46440461068a011a01dcc0dcbadbd8');
INSERT INTO customer VALUES(7,'household','Nilsson household','Åsa Nilsson','Storgatan 53','446 61','Stockholm','','Sweden','Families','b2c',NULL,'social_network',3000,'Ірина Бондаренко','point_of_sale','middle',2,'DEMO-6','',19546,0,0,0,1,0,1,1796428086,1796428086,NULL,X'443a404e4e4644043846524e3238464030011501dc14');
INSERT INTO customer VALUES(8,'organisation','Nordic Wholesale Ltd','Nordic Wholesale Ltd','Station Road 112','B8 4JG','London','','United Kingdom','Manufacturing','b2b',19907,'phone',101600,'Olena Kravchuk','phone',NULL,NULL,'DEMO-7','',19940,96599,20853,3,5,0,1,1796428086,1796428086,NULL,X'44464c303a2e0456384640324e2a403204405030011801dcc0e0bddc06');
INSERT INTO customer VALUES(9,'person','Łukasz Wiśniewski','Łukasz Wiśniewski','ul. Długa 99','95-047','Gdańsk','','Poland','Young professionals','b2c',19313,'social_network',3500,'Johan Nilsson','email','low',1,'DEMO-8','',20238,79735,15582,8,24,0,1,1796428086,1796428086,NULL,X'40523e2a4e5c04563a4e443a32564e3e3a0145b23d880b01dcbfe00e');
INSERT INTO customer VALUES(10,'person','Łukasz Wójcik','Łukasz Wójcik','al. Jerozolimskie 28','22-109','Wrocław','','Poland','Young professionals','b2c',20063,'point_of_sale',2500,'Olena Kravchuk','email','upper_middle',3,'DEMO-9','',20194,535,187,1,6,0,1,1796428086,1796428086,NULL,X'40523e2a4e5c0456463c2e3a3e0145b23e880801dcbfe00a');
INSERT INTO customer VALUES(11,'organisation','Svitanok Retail ТОВ','Svitanok Retail ТОВ','вул. Хрещатик 22','03880','Харків','','Ukraine','Manufacturing','b2b',20003,'point_of_sale',81200,'Liam Wilson','email',NULL,NULL,'DEMO-10','',20263,5452775,1867517,40,55,0,1,1796428086,1796428086,NULL,X'4e543a502a44463e044c32502a3a400461a28a0e011701dcbedcc0ded8db');
INSERT INTO customer VALUES(12,'person','Emma Smith','Emma Smith','High Street 108','R4 8RR','Dublin','','United Kingdom','Young professionals','b2c',NULL,'point_of_sale',2600,'Taras Melnyk','email','middle',3,'DEMO-11','',20194,0,0,0,3,0,1,1796428086,1796428086,NULL,X'3242422a044e423a5038010e01dcc2dc08');
INSERT INTO customer VALUES(13,'person','Paweł Woźniak','Paweł Woźniak','ul. Ogrodowa 144','32-903','Warszawa','','Poland','Families','b2c',19415,'web_form',2800,'Zofia Dąbrowska','email','upper_middle',2,'DEMO-12','',20194,22791,6458,4,17,0,1,1796428086,1796428086,NULL,X'482a5632400456465c443a2a3e0141b242880801dcc0e00b');
INSERT INTO customer VALUES(14,'household','Lewandowski household','Agnieszka Lewandowska','ul. Ogrodowa 113','26-474','Łódź','','Poland','Young professionals','b2c',19309,'web_form',3700,'','email','upper_middle',3,'DEMO-13','',20252,47510,10206,14,32,0,1,1796428086,1796428086,NULL,X'4032562a443046564e3e3a043846524e3238464030011901dc18');
INSERT INTO customer VALUES(15,'person','Андрій Кравчук','Андрій Кравчук','вул. Хрещатик 118','58407','Львів','','Ukraine','Seniors','b2c',20035,'social_network',3300,'Zofia Dąbrowska','email','upper_middle',4,'DEMO-14','',20269,129616,46005,14,16,0,1,1796428086,1796428086,NULL,X'6106781a964a4e0304615496060ec8ac54011201dbc0db0a');
INSERT INTO customer VALUES(16,'person','Åsa Öberg','Åsa Öberg','Drottninggatan 35','925 09','Uppsala','','Sweden','Seniors','b2c',20224,'point_of_sale',2100,'Liam Wilson','email','high',4,'DEMO-15','',20267,17285,6587,3,6,0,1,1796428086,1796428086,NULL,X'2a4e2a04462c324c3601459242960801dcc2dc09');
INSERT INTO customer VALUES(17,'organisation','Lumen Wholesale HB','Lumen Wholesale HB','Kungsgatan 74','204 12','Uppsala','','Sweden','Retail','b2b',19627,'web_form',139500,'Zofia Dąbrowska','email',NULL,NULL,'DEMO-16','',20262,1099449,417392,8,35,0,1,1796428086,1796428086,NULL,X'40524232440456384640324e2a403204382c011601dcc1e0bddcdc');
INSERT INTO customer VALUES(18,'organisation','Orion Trade Sp. z o.o.','Orion Trade Sp. z o.o.','ul. Długa 149','35-212','Gdańsk','','Poland','Manufacturing','b2b',19710,'point_of_sale',45900,'Anna Nowak','phone',NULL,NULL,'DEMO-17','',20249,683132,281754,7,29,0,1,1796428086,1796428086,NULL,X'464c3a464404504c2a3032044e4808045c0446084608011a01dcc1dcc1dc0d');
INSERT INTO customer VALUES(19,'person','Paweł Nowak','Paweł Nowak','ul. Długa 58','55-680','Gdańsk','','Poland','Young professionals','b2c',19782,'advertising',2800,'','email','high',1,'DEMO-18','',19782,5407,2147,1,1,0,1,1796428086,1796428086,NULL,X'482a563240044446562a3e0141b20a01dcc0dc08');
INSERT INTO customer VALUES(20,'organisation','Baltic Hotels Sp. z o.o.','Baltic Hotels Sp. z o.o.','al. Jerozolimskie 58','51-273','Kraków','','Poland','Wholesale','b2b',19914,'social_network',186300,'Liam Wilson','email',NULL,NULL,'DEMO-19','',19942,181752,66741,4,5,0,1,1796428086,1796428086,NULL,X'2c2a40503a2e0438465032404e044e4808045c0446084608011c01dcc0dcc0dc0d');
INSERT INTO customer VALUES(21,'person','Дмитрий Смирнов','Дмитрий Смирнов','пр. Мира 165','483641','Москва','','Russia','Students','b2c',19216,'web_form',2200,'','email','middle',1,'DEMO-20','',20113,1123,356,1,9,0,1,1796428086,1796428086,NULL,X'611a7246a296464e0304619c724696788a0e011301dbbfdb0a');
INSERT INTO customer VALUES(22,'person','Дмитрий Волков','Дмитрий Волков','ул. Садовая 157','080916','Казань','','Russia','Families','b2c',19882,'point_of_sale',3300,'Ірина Бондаренко','email','low',2,'DEMO-21','',20195,1557,362,1,6,0,1,1796428086,1796428086,NULL,X'611a7246a296464e0304610e8a62548a0e011201dbbfdb09');
INSERT INTO customer VALUES(23,'person','Lars Nilsson','Lars Nilsson','Kungsgatan 7','253 15','Malmö','','Sweden','Young professionals','b2c',19924,'event',2600,'Taras Melnyk','email','high',4,'DEMO-22','',20137,6727,2359,2,4,0,1,1796428086,1796428086,NULL,X'402a4c4e04443a404e4e4644011001dcc2dc0a');
INSERT INTO customer VALUES(24,'household','Иванов household','Сергей Иванов','ул. Садовая 153','476706','Новосибирск','','Russia','Students','b2c',19976,'phone',500,'Erik Lindqvist','point_of_sale','lower_middle',2,'DEMO-23','',20194,9261,1887,1,5,0,1,1796428086,1796428086,NULL,X'61460e06788a0e03043846524e3238464030011401db13');
INSERT INTO customer VALUES(25,'person','Юлія Бондаренко','Юлія Бондаренко','вул. Хрещатик 114','32007','Львів','','Ukraine','Families','b2c',19529,'phone',3700,'Erik Lindqvist','email','low',4,'DEMO-24','',20194,46612,10857,3,13,0,1,1796428086,1796428086,NULL,X'61f0624af40304610c8a781a06962878548a011301dec2db0d');
INSERT INTO customer VALUES(26,'person','Åsa Karlsson','Åsa Karlsson','Kungsgatan 115','028 60','Göteborg','','Sweden','Seniors','b2c',20031,'social_network',2100,'','email','low',1,'DEMO-25','Prefers to be contacted in the morning.',20089,1925,697,1,3,0,1,1796428086,1796428086,NULL,X'2a4e2a043e2a4c404e4e46440145920f01dcc2dc0b');
INSERT INTO customer VALUES(27,'household','Zieliński household','Zofia Zielińska','al. Jerozolimskie 161','62-968','Gdańsk','','Poland','Young professionals','b2c',20268,'point_of_sale',3600,'James Clarke','email','low',5,'DEMO-26','',20268,7388,1480,1,3,0,1,1796428086,1796428086,NULL,X'5c3a32403a444e3e3a043846524e32384640300140881101dc17');
INSERT INTO customer VALUES(28,'organisation','Orion Foods ТОВ','Orion Foods ТОВ','просп. Свободи 38','84412','Одеса','','Ukraine','Wholesale','b2b',19510,'point_of_sale',47400,'Liam Wilson','phone',NULL,NULL,'DEMO-27','',19738,392419,135215,6,12,0,1,1796428086,1796428086,NULL,X'464c3a464404344646304e0461a28a0e011301dcc1dcc1ded8db');
INSERT INTO customer VALUES(29,'person','Małgorzata Wiśniewska','Małgorzata Wiśniewska','ul. Długa 174','80-905','Poznań','','Poland','Seniors','b2c',19389,'point_of_sale',1600,'Ірина Бондаренко','email','low',4,'DEMO-28','',20240,18072,3172,7,17,0,1,1796428086,1796428086,NULL,X'422a4036464c5c2a502a04563a4e443a32564e3e2a0143b23b880b01dcbbe00e');
INSERT INTO customer VALUES(30,'person','Наталья Волкова','Наталья Волкова','ул. Садовая 95','899976','Санкт-Петербург','','Russia','Students','b2c',19715,'point_of_sale',3800,'','point_of_sale','middle',3,'DEMO-29','Prefers to be contacted in the morning.',20255,47396,11220,7,14,0,1,1796428086,1796428086,NULL,X'617806a20662e8f40304610e8a62548a0e06011301debfdb0a');
INSERT INTO customer VALUES(31,'person','Małgorzata Dąbrowska','Małgorzata Dąbrowska','ul. Długa 14','02-054','Wrocław','','Poland','Students','b2c',20027,'social_network',1900,'','point_of_sale','low',2,'DEMO-30','',20194,36880,8900,2,6,0,1,1796428086,1796428086,NULL,X'422a4036464c5c2a502a04302a2c4c46564e3e2a0143b23ca20b01dcbbdc0d');
INSERT INTO customer VALUES(32,'household','Лебедев household','Елена Лебедева','пр. Мира 68','647713','Новосибирск','','Russia','Seniors','b2c',19571,'social_network',3000,'Piotr Zieliński','email','middle',4,'DEMO-31','',20261,40798,16917,7,18,0,1,1796428086,1796428086,NULL,X'6162280c281a280e03043846524e3238464030011501db14');
INSERT INTO customer VALUES(33,'person','Karin Johansson','Karin Johansson','Drottninggatan 163','733 74','Malmö','','Sweden','Families','b2c',19180,'point_of_sale',2000,'Zofia Dąbrowska','email','low',4,'DEMO-32','',19859,55132,12788,4,11,0,1,1796428086,1796428086,NULL,X'3e2a4c3a44043c46382a444e4e4644011301dcc1dc0c');
INSERT INTO customer VALUES(34,'household','Szymański household','Tomasz Szymański','ul. Ogrodowa 154','53-482','Gdańsk','','Poland','Enthusiasts','b2c',19561,'social_network',3100,'','point_of_sale','upper_middle',6,'DEMO-33','Prefers to be contacted in the morning.',19624,9827,2986,2,3,0,1,1796428086,1796428086,NULL,X'4e5c5a422a444e3e3a043846524e32384640300140881101dc17');
INSERT INTO customer VALUES(35,'household','Морозов household','Сергей Морозов','ул. Ленина 32','220434','Казань','','Russia','Seniors','b2c',19380,'point_of_sale',3400,'Piotr Zieliński','email','middle',2,'DEMO-34','',20194,40455,10540,4,14,0,1,1796428086,1796428086,NULL,X'61728a968a328a0e03043846524e3238464030011501de14');
INSERT INTO customer VALUES(36,'organisation','Granit Hotels S.A.','Granit Hotels S.A.','ul. Marszałkowska 77','08-825','Wrocław','','Poland','Retail','b2b',19907,'point_of_sale',64800,'Erik Lindqvist','phone',NULL,NULL,'DEMO-35','',20205,1460259,426507,8,19,0,1,1796428086,1796428086,NULL,X'364c2a443a500438465032404e044e082a08011601dcc0dcc0dcc5dc05');
INSERT INTO customer VALUES(37,'organisation','Meridian Delicatessen plc','Meridian Delicatessen plc','Church Lane 116','J2 0TF','Leeds','','United Kingdom','Wholesale','b2b',19834,'phone',87700,'Liam Wilson','email',NULL,NULL,'DEMO-36','',20194,705179,194724,7,15,0,1,1796428086,1796428086,NULL,X'42324c3a303a2a44043032403a2e2a50324e4e32440448402e011d01dcbedc13');
INSERT INTO customer VALUES(38,'person','Katarzyna Wójcik','Katarzyna Wójcik','ul. Ogrodowa 5','23-955','Łódź','','Poland','Families','b2c',19370,'web_form',3000,'','email','lower_middle',4,'DEMO-37','',20001,152927,48155,53,63,0,1,1796428086,1796428086,NULL,X'3e2a502a4c5c5a442a0456463c2e3a3e013a880801dcbde00a');
INSERT INTO customer VALUES(39,'person','Emma Wilson','Emma Wilson','High Street 100','J7 3HV','Dublin','','United Kingdom','Enthusiasts','b2c',NULL,'social_network',2500,'Olena Kravchuk','email','low',2,'DEMO-38','',20006,0,0,0,2,0,1,1796428086,1796428086,NULL,X'3242422a04563a404e4644010f01dcc2e009');
INSERT INTO customer VALUES(40,'person','James O''Brien','James O''Brien','Church Lane 83','S1 2HM','Manchester','','United Kingdom','Enthusiasts','b2c',20060,'phone',3300,'Taras Melnyk','point_of_sale','middle',4,'DEMO-39','',20221,40288,16587,5,10,0,1,1796428086,1796428086,NULL,X'3c2a42324e0446096e2c4c3a3244011101dcc1dcc5dc08');
CREATE TABLE contact_person (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL DEFAULT '',
    decision_maker INTEGER NOT NULL DEFAULT 0,
    active_from    INTEGER,
    active_to      INTEGER,
    notes          TEXT NOT NULL DEFAULT '',
    CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
);
INSERT INTO contact_person VALUES(1,1,'Johan Karlsson','Purchasing manager',1,19556,19921,'');
INSERT INTO contact_person VALUES(2,1,'Olivia Taylor','Logistics coordinator',0,NULL,NULL,'');
INSERT INTO contact_person VALUES(3,1,'Anna Woźniak','Category manager',0,NULL,NULL,'');
INSERT INTO contact_person VALUES(4,1,'Agnieszka Lewandowska','Purchasing manager',1,19922,NULL,'');
INSERT INTO contact_person VALUES(5,3,'Piotr Woźniak','Purchasing manager',1,20182,NULL,'');
INSERT INTO contact_person VALUES(6,3,'Agnieszka Kowalska','Category manager',0,NULL,NULL,'');
INSERT INTO contact_person VALUES(7,4,'Тарас Мельник','Purchasing manager',1,19639,NULL,'');
INSERT INTO contact_person VALUES(8,5,'Anna Nilsson','Purchasing manager',1,19822,19946,'');
INSERT INTO contact_person VALUES(9,5,'Иван Лебедев','Purchasing manager',1,19947,NULL,'');
INSERT INTO contact_person VALUES(10,6,'Agnieszka Szymańska','Purchasing manager',1,20091,20183,'');
INSERT INTO contact_person VALUES(11,6,'Ingrid Karlsson','Purchasing manager',1,20184,NULL,'');
INSERT INTO contact_person VALUES(12,8,'Łukasz Kamiński','Purchasing manager',1,19907,NULL,'');
INSERT INTO contact_person VALUES(13,8,'Małgorzata Wiśniewska','Logistics coordinator',0,NULL,NULL,'');
INSERT INTO contact_person VALUES(14,11,'Ingrid Nilsson','Purchasing manager',1,20003,NULL,'');
INSERT INTO contact_person VALUES(15,11,'Grace O''Brien','Store manager',1,NULL,NULL,'');
INSERT INTO contact_person VALUES(16,17,'Agnieszka Szymańska','Purchasing manager',1,19627,NULL,'');
INSERT INTO contact_person VALUES(17,17,'Дмитрий Морозов','Owner',0,NULL,NULL,'');
INSERT INTO contact_person VALUES(18,18,'Андрій Мельник','Purchasing manager',1,19710,NULL,'');
INSERT INTO contact_person VALUES(19,18,'Agnieszka Szymańska','Finance director',0,NULL,NULL,'');
INSERT INTO contact_person VALUES(20,20,'Мария Смирнова','Purchasing manager',1,19914,NULL,'');
INSERT INTO contact_person VALUES(21,28,'Olivia Brown','Purchasing manager',1,19510,NULL,'');
INSERT INTO contact_person VALUES(22,28,'Sophie Brown','Logistics coordinator',0,NULL,NULL,'');
INSERT INTO contact_person VALUES(23,36,'Katarzyna Dąbrowska','Purchasing manager',1,19907,19970,'');
INSERT INTO contact_person VALUES(24,36,'Anna Nilsson','Finance director',0,NULL,NULL,'');
INSERT INTO contact_person VALUES(25,36,'Erik Andersson','Purchasing manager',1,19971,NULL,'');
INSERT INTO contact_person VALUES(26,37,'Małgorzata Zielińska','Purchasing manager',1,19834,NULL,'');
INSERT INTO contact_person VALUES(27,37,'Tomasz Dąbrowski','Logistics coordinator',0,NULL,NULL,'');
INSERT INTO contact_person VALUES(28,37,'Тарас Шевченко','Finance director',0,NULL,NULL,'');
CREATE TABLE contact_point (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contact_person_id INTEGER REFERENCES contact_person (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    position          INTEGER NOT NULL,
    value             TEXT NOT NULL,
    label             TEXT NOT NULL DEFAULT '',
    normalized        TEXT NOT NULL, -- lower-case e-mail or phone digits, to match duplicates on import
    search_terms      TEXT NOT NULL DEFAULT '' -- extra words for search, e.g. a phone number without its country code
);
INSERT INTO contact_point VALUES(1,1,NULL,'email',0,'orders0@zenith-0.example','orders','orders0@zenith-0.example','');
INSERT INTO contact_point VALUES(2,1,NULL,'phone',0,'+44 019 318 584','office','44019318584','019318584');
INSERT INTO contact_point VALUES(3,1,1,'email',0,'johan.karlsson@partner.example','work','johan.karlsson@partner.example','');
INSERT INTO contact_point VALUES(4,1,1,'phone',0,'+46 627 924 847','work','46627924847','627924847');
INSERT INTO contact_point VALUES(5,1,2,'email',0,'olivia.taylor@partner.example','work','olivia.taylor@partner.example','');
INSERT INTO contact_point VALUES(6,1,2,'phone',0,'+44 461 195 072','work','44461195072','461195072');
INSERT INTO contact_point VALUES(7,1,3,'email',0,'anna.wozniak@partner.example','work','anna.wozniak@partner.example','');
INSERT INTO contact_point VALUES(8,1,3,'phone',0,'+48 494 603 112','work','48494603112','494603112');
INSERT INTO contact_point VALUES(9,1,4,'email',0,'agnieszka.lewandowska@partner.example','work','agnieszka.lewandowska@partner.example','');
INSERT INTO contact_point VALUES(10,1,4,'phone',0,'+48 924 397 430','work','48924397430','924397430');
INSERT INTO contact_point VALUES(11,2,NULL,'email',0,'oliver.wilson1@example.co.uk','home','oliver.wilson1@example.co.uk','');
INSERT INTO contact_point VALUES(12,2,NULL,'phone',0,'+44 573 168 412','mobile','44573168412','573168412');
INSERT INTO contact_point VALUES(13,3,NULL,'email',0,'orders2@nordic-2.example','orders','orders2@nordic-2.example','');
INSERT INTO contact_point VALUES(14,3,NULL,'phone',0,'+48 555 019 211','office','48555019211','555019211');
INSERT INTO contact_point VALUES(15,3,5,'email',0,'piotr.wozniak@partner.example','work','piotr.wozniak@partner.example','');
INSERT INTO contact_point VALUES(16,3,5,'phone',0,'+48 192 000 829','work','48192000829','192000829');
INSERT INTO contact_point VALUES(17,3,6,'email',0,'agnieszka.kowalska@partner.example','work','agnieszka.kowalska@partner.example','');
INSERT INTO contact_point VALUES(18,3,6,'phone',0,'+48 873 329 481','work','48873329481','873329481');
INSERT INTO contact_point VALUES(19,4,NULL,'email',0,'orders3@orion-3.example','orders','orders3@orion-3.example','');
INSERT INTO contact_point VALUES(20,4,NULL,'phone',0,'+46 601 287 756','office','46601287756','601287756');
INSERT INTO contact_point VALUES(21,4,7,'email',0,'taras.melnyk@partner.example','work','taras.melnyk@partner.example','');
INSERT INTO contact_point VALUES(22,4,7,'phone',0,'+380 078 234 229','work','380078234229','078234229');
INSERT INTO contact_point VALUES(23,5,NULL,'email',0,'orders4@dnipro-4.example','orders','orders4@dnipro-4.example','');
INSERT INTO contact_point VALUES(24,5,NULL,'phone',0,'+48 549 646 688','office','48549646688','549646688');
INSERT INTO contact_point VALUES(25,5,8,'email',0,'anna.nilsson@partner.example','work','anna.nilsson@partner.example','');
INSERT INTO contact_point VALUES(26,5,8,'phone',0,'+46 614 363 676','work','46614363676','614363676');
INSERT INTO contact_point VALUES(27,5,9,'email',0,'ivan.lebedev@partner.example','work','ivan.lebedev@partner.example','');
INSERT INTO contact_point VALUES(28,5,9,'phone',0,'+7 123 581 349','work','7123581349','123581349');
INSERT INTO contact_point VALUES(29,6,NULL,'email',0,'orders5@baltic-5.example','orders','orders5@baltic-5.example','');
INSERT INTO contact_point VALUES(30,6,NULL,'phone',0,'+7 633 249 589','office','7633249589','633249589');
INSERT INTO contact_point VALUES(31,6,10,'email',0,'agnieszka.szymanska@partner.example','work','agnieszka.szymanska@partner.example','');
INSERT INTO contact_point VALUES(32,6,10,'phone',0,'+48 138 599 177','work','48138599177','138599177');
INSERT INTO contact_point VALUES(33,6,11,'email',0,'ingrid.karlsson@partner.example','work','ingrid.karlsson@partner.example','');
INSERT INTO contact_point VALUES(34,6,11,'phone',0,'+46 951 702 859','work','46951702859','951702859');
INSERT INTO contact_point VALUES(35,7,NULL,'email',0,'asa.nilsson6@telia.se','home','asa.nilsson6@telia.se','');
INSERT INTO contact_point VALUES(36,7,NULL,'phone',0,'+46 569 071 908','mobile','46569071908','569071908');
INSERT INTO contact_point VALUES(37,8,NULL,'email',0,'orders7@nordic-7.example','orders','orders7@nordic-7.example','');
INSERT INTO contact_point VALUES(38,8,NULL,'phone',0,'+44 857 313 305','office','44857313305','857313305');
INSERT INTO contact_point VALUES(39,8,12,'email',0,'lukasz.kaminski@partner.example','work','lukasz.kaminski@partner.example','');
INSERT INTO contact_point VALUES(40,8,12,'phone',0,'+48 893 293 584','work','48893293584','893293584');
INSERT INTO contact_point VALUES(41,8,13,'email',0,'malgorzata.wisniewska@partner.example','work','malgorzata.wisniewska@partner.example','');
INSERT INTO contact_point VALUES(42,8,13,'phone',0,'+48 381 658 250','work','48381658250','381658250');
INSERT INTO contact_point VALUES(43,9,NULL,'email',0,'lukasz.wisniewski8@poczta.pl','home','lukasz.wisniewski8@poczta.pl','');
INSERT INTO contact_point VALUES(44,9,NULL,'phone',0,'+48 120 589 014','mobile','48120589014','120589014');
INSERT INTO contact_point VALUES(45,10,NULL,'email',0,'lukasz.wojcik9@poczta.pl','home','lukasz.wojcik9@poczta.pl','');
INSERT INTO contact_point VALUES(46,10,NULL,'phone',0,'+48 348 803 038','mobile','48348803038','348803038');
INSERT INTO contact_point VALUES(47,11,NULL,'email',0,'orders10@svitanok-10.example','orders','orders10@svitanok-10.example','');
INSERT INTO contact_point VALUES(48,11,NULL,'phone',0,'+380 911 739 558','office','380911739558','911739558');
INSERT INTO contact_point VALUES(49,11,14,'email',0,'ingrid.nilsson@partner.example','work','ingrid.nilsson@partner.example','');
INSERT INTO contact_point VALUES(50,11,14,'phone',0,'+46 532 601 750','work','46532601750','532601750');
INSERT INTO contact_point VALUES(51,11,15,'email',0,'grace.obrien@partner.example','work','grace.obrien@partner.example','');
INSERT INTO contact_point VALUES(52,11,15,'phone',0,'+44 918 397 072','work','44918397072','918397072');
INSERT INTO contact_point VALUES(53,12,NULL,'email',0,'emma.smith11@example.co.uk','home','emma.smith11@example.co.uk','');
INSERT INTO contact_point VALUES(54,12,NULL,'phone',0,'+44 078 871 171','mobile','44078871171','078871171');
INSERT INTO contact_point VALUES(55,13,NULL,'email',0,'pawel.wozniak12@poczta.pl','home','pawel.wozniak12@poczta.pl','');
INSERT INTO contact_point VALUES(56,13,NULL,'phone',0,'+48 323 503 104','mobile','48323503104','323503104');
INSERT INTO contact_point VALUES(57,14,NULL,'email',0,'agnieszka.lewandowska13@poczta.pl','home','agnieszka.lewandowska13@poczta.pl','');
INSERT INTO contact_point VALUES(58,14,NULL,'phone',0,'+48 493 561 098','mobile','48493561098','493561098');
INSERT INTO contact_point VALUES(59,15,NULL,'email',0,'andriy.kravchuk14@ukr.net','home','andriy.kravchuk14@ukr.net','');
INSERT INTO contact_point VALUES(60,15,NULL,'phone',0,'+380 732 021 613','mobile','380732021613','732021613');
INSERT INTO contact_point VALUES(61,16,NULL,'email',0,'asa.oberg15@telia.se','home','asa.oberg15@telia.se','');
INSERT INTO contact_point VALUES(62,16,NULL,'phone',0,'+46 637 441 893','mobile','46637441893','637441893');
INSERT INTO contact_point VALUES(63,17,NULL,'email',0,'orders16@lumen-16.example','orders','orders16@lumen-16.example','');
INSERT INTO contact_point VALUES(64,17,NULL,'phone',0,'+46 660 912 466','office','46660912466','660912466');
INSERT INTO contact_point VALUES(65,17,16,'email',0,'agnieszka.szymanska@partner.example','work','agnieszka.szymanska@partner.example','');
INSERT INTO contact_point VALUES(66,17,16,'phone',0,'+48 376 982 892','work','48376982892','376982892');
INSERT INTO contact_point VALUES(67,17,17,'email',0,'dmitry.morozov@partner.example','work','dmitry.morozov@partner.example','');
INSERT INTO contact_point VALUES(68,17,17,'phone',0,'+7 274 652 614','work','7274652614','274652614');
INSERT INTO contact_point VALUES(69,18,NULL,'email',0,'orders17@orion-17.example','orders','orders17@orion-17.example','');
INSERT INTO contact_point VALUES(70,18,NULL,'phone',0,'+48 074 631 676','office','48074631676','074631676');
INSERT INTO contact_point VALUES(71,18,18,'email',0,'andriy.melnyk@partner.example','work','andriy.melnyk@partner.example','');
INSERT INTO contact_point VALUES(72,18,18,'phone',0,'+380 630 285 860','work','380630285860','630285860');
INSERT INTO contact_point VALUES(73,18,19,'email',0,'agnieszka.szymanska@partner.example','work','agnieszka.szymanska@partner.example','');
INSERT INTO contact_point VALUES(74,18,19,'phone',0,'+48 025 821 097','work','48025821097','025821097');
INSERT INTO contact_point VALUES(75,19,NULL,'email',0,'pawel.nowak18@poczta.pl','home','pawel.nowak18@poczta.pl','');
INSERT INTO contact_point VALUES(76,19,NULL,'phone',0,'+48 422 419 098','mobile','48422419098','422419098');
INSERT INTO contact_point VALUES(77,20,NULL,'email',0,'orders19@baltic-19.example','orders','orders19@baltic-19.example','');
INSERT INTO contact_point VALUES(78,20,NULL,'phone',0,'+48 711 023 857','office','48711023857','711023857');
INSERT INTO contact_point VALUES(79,20,20,'email',0,'maria.smirnova@partner.example','work','maria.smirnova@partner.example','');
INSERT INTO contact_point VALUES(80,20,20,'phone',0,'+7 929 144 855','work','7929144855','929144855');
INSERT INTO contact_point VALUES(81,21,NULL,'email',0,'dmitry.smirnov20@mail.ru','home','dmitry.smirnov20@mail.ru','');
INSERT INTO contact_point VALUES(82,21,NULL,'phone',0,'+7 008 338 326','mobile','7008338326','008338326');
INSERT INTO contact_point VALUES(83,22,NULL,'email',0,'dmitry.volkov21@mail.ru','home','dmitry.volkov21@mail.ru','');
INSERT INTO contact_point VALUES(84,22,NULL,'phone',0,'+7 186 871 804','mobile','7186871804','186871804');
INSERT INTO contact_point VALUES(85,23,NULL,'email',0,'lars.nilsson22@telia.se','home','lars.nilsson22@telia.se','');
INSERT INTO contact_point VALUES(86,23,NULL,'phone',0,'+46 795 454 312','mobile','46795454312','795454312');
INSERT INTO contact_point VALUES(87,24,NULL,'email',0,'sergey.ivanov23@mail.ru','home','sergey.ivanov23@mail.ru','');
INSERT INTO contact_point VALUES(88,24,NULL,'phone',0,'+7 255 268 122','mobile','7255268122','255268122');
INSERT INTO contact_point VALUES(89,25,NULL,'email',0,'yuliia.bondarenko24@ukr.net','home','yuliia.bondarenko24@ukr.net','');
INSERT INTO contact_point VALUES(90,25,NULL,'phone',0,'+380 271 250 085','mobile','380271250085','271250085');
INSERT INTO contact_point VALUES(91,26,NULL,'email',0,'asa.karlsson25@telia.se','home','asa.karlsson25@telia.se','');
INSERT INTO contact_point VALUES(92,26,NULL,'phone',0,'+46 010 306 495','mobile','46010306495','010306495');
INSERT INTO contact_point VALUES(93,27,NULL,'email',0,'zofia.zielinska26@poczta.pl','home','zofia.zielinska26@poczta.pl','');
INSERT INTO contact_point VALUES(94,27,NULL,'phone',0,'+48 481 120 961','mobile','48481120961','481120961');
INSERT INTO contact_point VALUES(95,28,NULL,'email',0,'orders27@orion-27.example','orders','orders27@orion-27.example','');
INSERT INTO contact_point VALUES(96,28,NULL,'phone',0,'+380 364 162 186','office','380364162186','364162186');
INSERT INTO contact_point VALUES(97,28,21,'email',0,'olivia.brown@partner.example','work','olivia.brown@partner.example','');
INSERT INTO contact_point VALUES(98,28,21,'phone',0,'+44 701 302 800','work','44701302800','701302800');
INSERT INTO contact_point VALUES(99,28,22,'email',0,'sophie.brown@partner.example','work','sophie.brown@partner.example','');
INSERT INTO contact_point VALUES(100,28,22,'phone',0,'+44 835 254 058','work','44835254058','835254058');
INSERT INTO contact_point VALUES(101,29,NULL,'email',0,'malgorzata.wisniewska28@poczta.pl','home','malgorzata.wisniewska28@poczta.pl','');
INSERT INTO contact_point VALUES(102,29,NULL,'phone',0,'+48 375 986 777','mobile','48375986777','375986777');
INSERT INTO contact_point VALUES(103,30,NULL,'email',0,'natalya.volkova29@mail.ru','home','natalya.volkova29@mail.ru','');
INSERT INTO contact_point VALUES(104,30,NULL,'phone',0,'+7 640 400 719','mobile','7640400719','640400719');
INSERT INTO contact_point VALUES(105,31,NULL,'email',0,'malgorzata.dabrowska30@poczta.pl','home','malgorzata.dabrowska30@poczta.pl','');
INSERT INTO contact_point VALUES(106,31,NULL,'phone',0,'+48 808 179 123','mobile','48808179123','808179123');
INSERT INTO contact_point VALUES(107,32,NULL,'email',0,'elena.lebedeva31@mail.ru','home','elena.lebedeva31@mail.ru','');
INSERT INTO contact_point VALUES(108,32,NULL,'phone',0,'+7 951 329 465','mobile','7951329465','951329465');
INSERT INTO contact_point VALUES(109,33,NULL,'email',0,'karin.johansson32@telia.se','home','karin.johansson32@telia.se','');
INSERT INTO contact_point VALUES(110,33,NULL,'phone',0,'+46 018 340 320','mobile','46018340320','018340320');
INSERT INTO contact_point VALUES(111,34,NULL,'email',0,'tomasz.szymanski33@poczta.pl','home','tomasz.szymanski33@poczta.pl','');
INSERT INTO contact_point VALUES(112,34,NULL,'phone',0,'+48 000 823 167','mobile','48000823167','000823167');
INSERT INTO contact_point VALUES(113,35,NULL,'email',0,'sergey.morozov34@mail.ru','home','sergey.morozov34@mail.ru','');
INSERT INTO contact_point VALUES(114,35,NULL,'phone',0,'+7 781 149 155','mobile','7781149155','781149155');
INSERT INTO contact_point VALUES(115,36,NULL,'email',0,'orders35@granit-35.example','orders','orders35@granit-35.example','');
INSERT INTO contact_point VALUES(116,36,NULL,'phone',0,'+48 498 055 035','office','48498055035','498055035');
INSERT INTO contact_point VALUES(117,36,23,'email',0,'katarzyna.dabrowska@partner.example','work','katarzyna.dabrowska@partner.example','');
INSERT INTO contact_point VALUES(118,36,23,'phone',0,'+48 691 994 373','work','48691994373','691994373');
INSERT INTO contact_point VALUES(119,36,24,'email',0,'anna.nilsson@partner.example','work','anna.nilsson@partner.example','');
INSERT INTO contact_point VALUES(120,36,24,'phone',0,'+46 408 345 420','work','46408345420','408345420');
INSERT INTO contact_point VALUES(121,36,25,'email',0,'erik.andersson@partner.example','work','erik.andersson@partner.example','');
INSERT INTO contact_point VALUES(122,36,25,'phone',0,'+46 043 062 906','work','46043062906','043062906');
INSERT INTO contact_point VALUES(123,37,NULL,'email',0,'orders36@meridian-36.example','orders','orders36@meridian-36.example','');
INSERT INTO contact_point VALUES(124,37,NULL,'phone',0,'+44 619 548 619','office','44619548619','619548619');
INSERT INTO contact_point VALUES(125,37,26,'email',0,'malgorzata.zielinska@partner.example','work','malgorzata.zielinska@partner.example','');
INSERT INTO contact_point VALUES(126,37,26,'phone',0,'+48 366 776 813','work','48366776813','366776813');
INSERT INTO contact_point VALUES(127,37,27,'email',0,'tomasz.dabrowski@partner.example','work','tomasz.dabrowski@partner.example','');
INSERT INTO contact_point VALUES(128,37,27,'phone',0,'+48 161 422 129','work','48161422129','161422129');
INSERT INTO contact_point VALUES(129,37,28,'email',0,'taras.shevchenko@partner.example','work','taras.shevchenko@partner.example','');
INSERT INTO contact_point VALUES(130,37,28,'phone',0,'+380 169 191 451','work','380169191451','169191451');
INSERT INTO contact_point VALUES(131,38,NULL,'email',0,'katarzyna.wojcik37@poczta.pl','home','katarzyna.wojcik37@poczta.pl','');
INSERT INTO contact_point VALUES(132,38,NULL,'phone',0,'+48 003 448 612','mobile','48003448612','003448612');
INSERT INTO contact_point VALUES(133,39,NULL,'email',0,'emma.wilson38@example.co.uk','home','emma.wilson38@example.co.uk','');
INSERT INTO contact_point VALUES(134,39,NULL,'phone',0,'+44 136 304 525','mobile','44136304525','136304525');
INSERT INTO contact_point VALUES(135,40,NULL,'email',0,'james.obrien39@example.co.uk','home','james.obrien39@example.co.uk','');
INSERT INTO contact_point VALUES(136,40,NULL,'phone',0,'+44 337 106 947','mobile','44337106947','337106947');
CREATE TABLE customer_tag (
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_id, position)
) WITHOUT ROWID;
INSERT INTO customer_tag VALUES(3,0,'bulk-orders');
INSERT INTO customer_tag VALUES(8,1,'bulk-orders');
INSERT INTO customer_tag VALUES(13,3,'bulk-orders');
INSERT INTO customer_tag VALUES(21,2,'bulk-orders');
INSERT INTO customer_tag VALUES(24,0,'bulk-orders');
INSERT INTO customer_tag VALUES(28,2,'bulk-orders');
INSERT INTO customer_tag VALUES(37,3,'bulk-orders');
INSERT INTO customer_tag VALUES(39,2,'bulk-orders');
INSERT INTO customer_tag VALUES(2,2,'catering');
INSERT INTO customer_tag VALUES(16,1,'catering');
INSERT INTO customer_tag VALUES(17,2,'catering');
INSERT INTO customer_tag VALUES(28,0,'catering');
INSERT INTO customer_tag VALUES(10,0,'coffee');
INSERT INTO customer_tag VALUES(21,1,'coffee');
INSERT INTO customer_tag VALUES(22,2,'coffee');
INSERT INTO customer_tag VALUES(24,2,'coffee');
INSERT INTO customer_tag VALUES(29,0,'coffee');
INSERT INTO customer_tag VALUES(31,1,'coffee');
INSERT INTO customer_tag VALUES(33,0,'coffee');
INSERT INTO customer_tag VALUES(19,0,'corporate');
INSERT INTO customer_tag VALUES(26,0,'corporate');
INSERT INTO customer_tag VALUES(30,0,'corporate');
INSERT INTO customer_tag VALUES(12,2,'discounts');
INSERT INTO customer_tag VALUES(16,2,'discounts');
INSERT INTO customer_tag VALUES(25,0,'discounts');
INSERT INTO customer_tag VALUES(31,0,'discounts');
INSERT INTO customer_tag VALUES(35,0,'discounts');
INSERT INTO customer_tag VALUES(4,0,'events');
INSERT INTO customer_tag VALUES(12,1,'events');
INSERT INTO customer_tag VALUES(15,0,'events');
INSERT INTO customer_tag VALUES(18,0,'events');
INSERT INTO customer_tag VALUES(22,1,'events');
INSERT INTO customer_tag VALUES(26,1,'events');
INSERT INTO customer_tag VALUES(37,2,'events');
INSERT INTO customer_tag VALUES(2,3,'express-delivery');
INSERT INTO customer_tag VALUES(6,0,'express-delivery');
INSERT INTO customer_tag VALUES(14,2,'express-delivery');
INSERT INTO customer_tag VALUES(17,3,'express-delivery');
INSERT INTO customer_tag VALUES(22,0,'express-delivery');
INSERT INTO customer_tag VALUES(27,0,'express-delivery');
INSERT INTO customer_tag VALUES(19,1,'gifts');
INSERT INTO customer_tag VALUES(25,2,'gifts');
INSERT INTO customer_tag VALUES(39,0,'gifts');
INSERT INTO customer_tag VALUES(14,1,'loyalty-card');
INSERT INTO customer_tag VALUES(35,1,'loyalty-card');
INSERT INTO customer_tag VALUES(39,1,'loyalty-card');
INSERT INTO customer_tag VALUES(5,0,'newsletter');
INSERT INTO customer_tag VALUES(6,2,'newsletter');
INSERT INTO customer_tag VALUES(11,0,'newsletter');
INSERT INTO customer_tag VALUES(14,0,'newsletter');
INSERT INTO customer_tag VALUES(40,1,'newsletter');
INSERT INTO customer_tag VALUES(1,1,'organic');
INSERT INTO customer_tag VALUES(7,0,'organic');
INSERT INTO customer_tag VALUES(10,1,'organic');
INSERT INTO customer_tag VALUES(12,0,'organic');
INSERT INTO customer_tag VALUES(1,0,'premium');
INSERT INTO customer_tag VALUES(13,1,'premium');
INSERT INTO customer_tag VALUES(16,0,'premium');
INSERT INTO customer_tag VALUES(20,0,'premium');
INSERT INTO customer_tag VALUES(23,0,'premium');
INSERT INTO customer_tag VALUES(24,1,'premium');
INSERT INTO customer_tag VALUES(25,1,'premium');
INSERT INTO customer_tag VALUES(31,3,'premium');
INSERT INTO customer_tag VALUES(34,0,'premium');
INSERT INTO customer_tag VALUES(38,0,'premium');
INSERT INTO customer_tag VALUES(2,1,'seasonal');
INSERT INTO customer_tag VALUES(6,1,'seasonal');
INSERT INTO customer_tag VALUES(9,0,'seasonal');
INSERT INTO customer_tag VALUES(28,1,'seasonal');
INSERT INTO customer_tag VALUES(32,0,'seasonal');
INSERT INTO customer_tag VALUES(37,1,'seasonal');
INSERT INTO customer_tag VALUES(11,1,'vegan');
INSERT INTO customer_tag VALUES(13,2,'vegan');
INSERT INTO customer_tag VALUES(17,1,'vegan');
INSERT INTO customer_tag VALUES(21,0,'vegan');
INSERT INTO customer_tag VALUES(36,0,'vegan');
INSERT INTO customer_tag VALUES(2,0,'wine');
INSERT INTO customer_tag VALUES(8,0,'wine');
INSERT INTO customer_tag VALUES(13,0,'wine');
INSERT INTO customer_tag VALUES(17,0,'wine');
INSERT INTO customer_tag VALUES(30,1,'wine');
INSERT INTO customer_tag VALUES(31,2,'wine');
INSERT INTO customer_tag VALUES(32,1,'wine');
INSERT INTO customer_tag VALUES(37,0,'wine');
INSERT INTO customer_tag VALUES(40,0,'wine');
CREATE TABLE consent (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL CHECK (purpose IN ('processing', 'marketing', 'profiling', 'third_party_sharing')),
    given        INTEGER NOT NULL CHECK (given IN (0, 1)),
    recorded_on  INTEGER NOT NULL,
    text_version TEXT NOT NULL
);
INSERT INTO consent VALUES(1,1,'processing',1,19556,'b2b-contract-2023');
INSERT INTO consent VALUES(2,1,'marketing',1,19556,'marketing-2023-v1');
INSERT INTO consent VALUES(3,2,'processing',1,19797,'privacy-2023-v2');
INSERT INTO consent VALUES(4,3,'processing',1,20182,'b2b-contract-2023');
INSERT INTO consent VALUES(5,4,'processing',1,19639,'b2b-contract-2023');
INSERT INTO consent VALUES(6,4,'marketing',1,19639,'marketing-2023-v1');
INSERT INTO consent VALUES(7,5,'processing',1,19822,'b2b-contract-2023');
INSERT INTO consent VALUES(8,6,'processing',1,20091,'b2b-contract-2023');
INSERT INTO consent VALUES(9,7,'processing',1,19556,'privacy-2023-v2');
INSERT INTO consent VALUES(10,7,'marketing',1,19556,'marketing-2023-v1');
INSERT INTO consent VALUES(11,8,'processing',1,19907,'b2b-contract-2023');
INSERT INTO consent VALUES(12,8,'marketing',1,19907,'marketing-2023-v1');
INSERT INTO consent VALUES(13,9,'processing',1,19313,'privacy-2023-v2');
INSERT INTO consent VALUES(14,9,'marketing',1,19313,'marketing-2023-v1');
INSERT INTO consent VALUES(15,10,'processing',1,20063,'privacy-2023-v2');
INSERT INTO consent VALUES(16,10,'marketing',1,20063,'marketing-2023-v1');
INSERT INTO consent VALUES(17,11,'processing',1,20003,'b2b-contract-2023');
INSERT INTO consent VALUES(18,11,'marketing',1,20003,'marketing-2023-v1');
INSERT INTO consent VALUES(19,12,'processing',1,20243,'privacy-2023-v2');
INSERT INTO consent VALUES(20,12,'marketing',1,20243,'marketing-2023-v1');
INSERT INTO consent VALUES(21,13,'processing',1,19415,'privacy-2023-v2');
INSERT INTO consent VALUES(22,13,'marketing',1,19415,'marketing-2023-v1');
INSERT INTO consent VALUES(23,14,'processing',1,19309,'privacy-2023-v2');
INSERT INTO consent VALUES(24,14,'marketing',1,19309,'marketing-2023-v1');
INSERT INTO consent VALUES(25,15,'processing',1,20035,'privacy-2023-v2');
INSERT INTO consent VALUES(26,15,'marketing',1,20035,'marketing-2023-v1');
INSERT INTO consent VALUES(27,16,'processing',1,20224,'privacy-2023-v2');
INSERT INTO consent VALUES(28,17,'processing',1,19627,'b2b-contract-2023');
INSERT INTO consent VALUES(29,17,'marketing',1,19627,'marketing-2023-v1');
INSERT INTO consent VALUES(30,18,'processing',1,19710,'b2b-contract-2023');
INSERT INTO consent VALUES(31,18,'marketing',1,19710,'marketing-2023-v1');
INSERT INTO consent VALUES(32,19,'processing',1,19782,'privacy-2023-v2');
INSERT INTO consent VALUES(33,20,'processing',1,19914,'b2b-contract-2023');
INSERT INTO consent VALUES(34,21,'processing',1,19216,'privacy-2023-v2');
INSERT INTO consent VALUES(35,22,'processing',1,19882,'privacy-2023-v2');
INSERT INTO consent VALUES(36,23,'processing',1,19924,'privacy-2023-v2');
INSERT INTO consent VALUES(37,23,'marketing',1,19924,'marketing-2023-v1');
INSERT INTO consent VALUES(38,23,'marketing',0,20003,'marketing-2023-v1');
INSERT INTO consent VALUES(39,24,'processing',1,19976,'privacy-2023-v2');
INSERT INTO consent VALUES(40,24,'marketing',1,19976,'marketing-2023-v1');
INSERT INTO consent VALUES(41,25,'processing',1,19529,'privacy-2023-v2');
INSERT INTO consent VALUES(42,25,'marketing',1,19529,'marketing-2023-v1');
INSERT INTO consent VALUES(43,26,'processing',1,20031,'privacy-2023-v2');
INSERT INTO consent VALUES(44,27,'processing',1,20268,'privacy-2023-v2');
INSERT INTO consent VALUES(45,27,'marketing',1,20268,'marketing-2023-v1');
INSERT INTO consent VALUES(46,28,'processing',1,19510,'b2b-contract-2023');
INSERT INTO consent VALUES(47,28,'marketing',1,19510,'marketing-2023-v1');
INSERT INTO consent VALUES(48,29,'processing',1,19389,'privacy-2023-v2');
INSERT INTO consent VALUES(49,30,'processing',1,19715,'privacy-2023-v2');
INSERT INTO consent VALUES(50,30,'marketing',1,19715,'marketing-2023-v1');
INSERT INTO consent VALUES(51,31,'processing',1,20027,'privacy-2023-v2');
INSERT INTO consent VALUES(52,31,'marketing',1,20027,'marketing-2023-v1');
INSERT INTO consent VALUES(53,32,'processing',1,19571,'privacy-2023-v2');
INSERT INTO consent VALUES(54,32,'marketing',1,19571,'marketing-2023-v1');
INSERT INTO consent VALUES(55,33,'processing',1,19180,'privacy-2023-v2');
INSERT INTO consent VALUES(56,33,'marketing',1,19180,'marketing-2023-v1');
INSERT INTO consent VALUES(57,34,'processing',1,19561,'privacy-2023-v2');
INSERT INTO consent VALUES(58,35,'processing',1,19380,'privacy-2023-v2');
INSERT INTO consent VALUES(59,35,'marketing',1,19380,'marketing-2023-v1');
INSERT INTO consent VALUES(60,36,'processing',1,19907,'b2b-contract-2023');
INSERT INTO consent VALUES(61,36,'marketing',1,19907,'marketing-2023-v1');
INSERT INTO consent VALUES(62,37,'processing',1,19834,'b2b-contract-2023');
INSERT INTO consent VALUES(63,37,'marketing',1,19834,'marketing-2023-v1');
INSERT INTO consent VALUES(64,38,'processing',1,19370,'privacy-2023-v2');
INSERT INTO consent VALUES(65,38,'marketing',1,19370,'marketing-2023-v1');
INSERT INTO consent VALUES(66,39,'processing',1,19179,'privacy-2023-v2');
INSERT INTO consent VALUES(67,40,'processing',1,20060,'privacy-2023-v2');
INSERT INTO consent VALUES(68,40,'marketing',1,20060,'marketing-2023-v1');
CREATE TABLE episode (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contact_person_id INTEGER REFERENCES contact_person (id) ON DELETE SET NULL,
    occurred_on       INTEGER NOT NULL,
    channel           TEXT NOT NULL CHECK (channel IN ('point_of_sale', 'phone', 'email', 'event', 'meeting',
                          'web_form', 'advertising', 'chat', 'social_network', 'mail', 'other')),
    kind              TEXT NOT NULL CHECK (kind IN ('purchase', 'return', 'complaint', 'inquiry', 'service',
                          'offer', 'feedback', 'referral', 'co_creation', 'meeting', 'call', 'email', 'other')),
    revenue           INTEGER,
    margin            INTEGER,
    satisfaction      INTEGER CHECK (satisfaction BETWEEN -2 AND 2),
    critical          INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0, 1)),
    owner             TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    follow_up_on      INTEGER,
    follow_up_done    INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)), reference TEXT NOT NULL DEFAULT '', line_count INTEGER NOT NULL DEFAULT 0 CHECK (line_count >= 0), cancels_episode_id INTEGER REFERENCES episode (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED CHECK (cancels_episode_id IS NULL OR kind = 'return'),
    CHECK ((kind IN ('purchase', 'return')) = (revenue IS NOT NULL))
);
INSERT INTO episode VALUES(1,1,1,19556,'email','purchase',47613,19147,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(2,1,1,19573,'social_network','referral',NULL,NULL,NULL,0,'Ірина Бондаренко','Recommended us to a colleague',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(3,1,1,19593,'email','email',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(4,1,1,19599,'web_form','inquiry',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(5,1,1,19604,'web_form','inquiry',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(6,1,1,19622,'email','purchase',92823,37328,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(7,1,1,19639,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(8,1,1,19652,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(9,1,1,19655,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(10,1,1,19655,'email','email',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(11,1,1,19660,'email','feedback',NULL,NULL,2,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(12,1,1,19761,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(13,1,1,19779,'email','purchase',142345,57243,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(14,1,1,19793,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(15,1,1,19839,'email','purchase',48815,19630,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(16,1,1,19858,'email','email',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(17,1,1,19859,'meeting','purchase',107173,43098,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(18,1,1,19880,'meeting','purchase',83662,33644,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(19,1,1,19906,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(20,1,4,19964,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(21,1,4,19992,'advertising','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(22,1,4,19999,'email','email',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(23,1,4,20004,'email','email',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(24,1,4,20025,'email','purchase',91885,36951,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(25,1,4,20052,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(26,1,4,20053,'email','purchase',53479,21506,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(27,1,4,20119,'email','email',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(28,1,4,20159,'meeting','purchase',98429,39582,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(29,1,4,20211,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(30,1,4,20223,'email','purchase',72763,29261,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(31,1,4,20252,'meeting','meeting',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(32,1,4,20261,'email','email',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(33,2,NULL,19797,'web_form','purchase',2482,839,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(34,2,NULL,19890,'email','feedback',NULL,NULL,1,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(35,2,NULL,19913,'point_of_sale','purchase',2144,724,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(36,2,NULL,19945,'phone','service',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(37,2,NULL,19970,'advertising','offer',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(38,2,NULL,19992,'point_of_sale','purchase',3131,1058,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(39,2,NULL,20068,'web_form','purchase',2876,972,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(40,2,NULL,20094,'point_of_sale','purchase',2267,766,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(41,2,NULL,20125,'advertising','offer',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(42,2,NULL,20179,'email','email',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(43,2,NULL,20195,'email','feedback',NULL,NULL,-1,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(44,2,NULL,20197,'web_form','inquiry',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(45,2,NULL,20267,'advertising','offer',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(46,3,5,20182,'email','purchase',48146,10035,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(47,3,5,20199,'email','feedback',NULL,NULL,-1,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(48,3,5,20213,'email','purchase',105551,22000,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(49,3,5,20218,'phone','call',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(50,3,5,20218,'email','email',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(51,3,5,20224,'email','purchase',128620,26808,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(52,3,5,20227,'email','purchase',67009,13966,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(53,3,5,20237,'phone','call',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(54,3,5,20240,'meeting','purchase',52352,10911,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(55,4,7,19639,'email','purchase',56626,20511,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(56,4,7,19641,'email','email',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(57,4,7,19669,'meeting','meeting',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(58,4,7,19688,'social_network','referral',NULL,NULL,NULL,0,'Karin Öberg','Recommended us to a colleague',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(59,4,7,19690,'meeting','meeting',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(60,4,7,19695,'meeting','meeting',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(61,4,7,19709,'meeting','purchase',78339,28375,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(62,4,7,19721,'email','purchase',25345,9180,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(63,4,7,19729,'email','purchase',6954,2519,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(64,4,7,19754,'email','feedback',NULL,NULL,2,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(65,4,7,19790,'phone','call',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(66,4,7,19808,'social_network','referral',NULL,NULL,NULL,0,'Karin Öberg','Recommended us to a colleague',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(67,4,7,19812,'email','email',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(68,4,7,19820,'phone','call',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(69,4,7,19867,'meeting','purchase',22490,8146,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(70,4,7,19869,'phone','call',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(71,4,7,19873,'email','purchase',45304,16410,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(72,4,7,19885,'email','email',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(73,4,7,19927,'email','purchase',36082,13069,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(74,4,7,19938,'email','purchase',27691,10030,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(75,4,7,19946,'email','purchase',15796,5721,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(76,4,7,19951,'web_form','inquiry',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(77,4,7,19957,'meeting','purchase',38912,14094,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(78,4,7,19969,'email','purchase',29160,10562,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(79,4,7,19982,'meeting','purchase',48081,17416,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(80,4,7,19986,'meeting','purchase',27298,9888,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(81,4,7,20030,'phone','service',NULL,NULL,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(82,4,7,20030,'phone','complaint',NULL,NULL,0,0,'Karin Öberg','',20033,1,'',0,NULL);
INSERT INTO episode VALUES(83,4,7,20031,'meeting','purchase',50108,18150,NULL,0,'Karin Öberg','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(84,4,7,20034,'phone','service',NULL,NULL,2,0,'Karin Öberg','Complaint answered',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(85,5,8,19822,'email','purchase',29776,8790,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(86,5,8,19844,'email','purchase',96884,28600,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(87,5,8,19858,'meeting','meeting',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(88,5,8,19859,'email','email',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(89,5,8,19905,'email','purchase',68488,20218,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(90,5,9,19953,'phone','call',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(91,5,9,19959,'email','offer',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(92,5,9,19960,'email','purchase',44209,13050,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(93,5,9,19971,'meeting','purchase',21419,6323,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(94,5,9,19997,'meeting','meeting',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(95,5,9,20003,'phone','call',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(96,5,9,20016,'email','purchase',83673,24700,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(97,5,9,20059,'phone','call',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(98,5,9,20064,'email','purchase',49436,14593,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(99,5,9,20069,'email','offer',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(100,5,9,20096,'email','purchase',23132,6828,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(101,5,9,20097,'phone','call',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(102,5,9,20097,'email','offer',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(103,5,9,20099,'meeting','meeting',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(104,5,9,20115,'email','purchase',66699,19689,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(105,5,9,20141,'email','purchase',58906,17389,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(106,5,9,20144,'meeting','purchase',63757,18821,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(107,5,9,20150,'phone','call',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(108,5,9,20181,'phone','call',NULL,NULL,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(109,5,9,20188,'email','purchase',62353,18407,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(110,5,9,20205,'email','purchase',57355,16931,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(111,5,9,20210,'email','purchase',42539,12558,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(112,5,9,20234,'meeting','purchase',70087,20690,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(113,5,9,20246,'meeting','purchase',43161,12741,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(114,5,9,20264,'phone','call',NULL,NULL,NULL,0,'James Clarke','',20271,0,'',0,NULL);
INSERT INTO episode VALUES(115,6,10,20091,'meeting','purchase',83800,22332,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(116,6,10,20113,'meeting','meeting',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(117,6,10,20166,'meeting','purchase',164991,43968,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(118,6,11,20187,'email','purchase',86071,22937,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(119,6,11,20256,'web_form','inquiry',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(120,7,NULL,19546,'web_form','inquiry',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(121,8,12,19907,'meeting','purchase',32112,6932,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(122,8,12,19910,'meeting','purchase',34418,7430,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(123,8,12,19919,'meeting','purchase',30069,6491,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(124,8,12,19934,'meeting','meeting',NULL,NULL,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(125,8,12,19940,'meeting','meeting',NULL,NULL,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(126,9,NULL,19313,'web_form','purchase',5808,944,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(127,9,NULL,19361,'email','offer',NULL,NULL,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(128,9,NULL,19458,'email','offer',NULL,NULL,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(129,9,NULL,19489,'phone','call',NULL,NULL,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(130,9,NULL,19496,'email','email',NULL,NULL,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(131,9,NULL,19560,'email','feedback',NULL,NULL,0,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(132,9,NULL,19587,'point_of_sale','purchase',8768,1425,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(133,9,NULL,19634,'email','feedback',NULL,NULL,1,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(134,9,NULL,19695,'web_form','purchase',9036,1468,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(135,9,NULL,19714,'email','offer',NULL,NULL,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(136,9,NULL,19750,'social_network','referral',NULL,NULL,NULL,0,'Johan Nilsson','Recommended us to a colleague',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(137,9,NULL,19828,'email','feedback',NULL,NULL,1,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(138,9,NULL,19933,'web_form','purchase',5858,952,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(139,9,NULL,19947,'web_form','return',-5430,-882,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(140,9,NULL,19973,'point_of_sale','purchase',5383,875,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(141,9,NULL,19981,'email','offer',NULL,NULL,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(142,9,NULL,19986,'web_form','purchase',13739,2232,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(143,9,NULL,19997,'web_form','inquiry',NULL,NULL,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(144,9,NULL,20063,'email','email',NULL,NULL,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(145,9,NULL,20214,'point_of_sale','purchase',6573,1068,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(146,9,NULL,20238,'email','offer',NULL,NULL,NULL,0,'Johan Nilsson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(147,10,NULL,20063,'point_of_sale','purchase',1645,576,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(148,10,NULL,20069,'point_of_sale','return',-1110,-389,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(149,10,NULL,20117,'advertising','offer',NULL,NULL,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(150,10,NULL,20178,'advertising','offer',NULL,NULL,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(151,11,14,20003,'email','purchase',126277,43249,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(152,11,14,20015,'meeting','purchase',72678,24891,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(153,11,14,20019,'meeting','purchase',57464,19681,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(154,11,14,20021,'email','purchase',149844,51320,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(155,11,14,20028,'meeting','purchase',78382,26845,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(156,11,14,20034,'email','purchase',248610,85146,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(157,11,14,20035,'email','purchase',148433,50837,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(158,11,14,20037,'meeting','purchase',253302,86753,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(159,11,14,20041,'email','purchase',122570,41979,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(160,11,14,20045,'meeting','purchase',227921,78060,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(161,11,14,20052,'meeting','purchase',242228,82961,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(162,11,14,20055,'email','purchase',255034,87347,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(163,11,14,20065,'email','purchase',174997,59935,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(164,11,14,20072,'email','purchase',110102,37709,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(165,11,14,20086,'meeting','meeting',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(166,11,14,20088,'email','purchase',103597,35481,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(167,11,14,20093,'email','purchase',45048,15428,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(168,11,14,20098,'meeting','purchase',198967,68144,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(169,11,14,20101,'email','purchase',136094,46611,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(170,11,14,20102,'email','purchase',72614,24870,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(171,11,14,20118,'meeting','purchase',51689,17703,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(172,11,14,20129,'email','purchase',142171,48692,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(173,11,14,20132,'email','feedback',NULL,NULL,-1,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(174,11,14,20138,'email','purchase',231640,79334,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(175,11,14,20142,'email','purchase',108366,37114,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(176,11,14,20144,'meeting','purchase',96766,33141,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(177,11,14,20144,'email','email',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(178,11,14,20150,'meeting','meeting',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(179,11,14,20152,'meeting','co_creation',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(180,11,14,20159,'email','email',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(181,11,14,20169,'meeting','purchase',241089,82570,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(182,11,14,20171,'meeting','purchase',219104,75041,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(183,11,14,20178,'email','purchase',122912,42096,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(184,11,14,20179,'email','purchase',95407,32676,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(185,11,14,20184,'meeting','return',-126478,-43317,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(186,11,14,20184,'meeting','purchase',204711,70111,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(187,11,14,20185,'phone','call',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(188,11,14,20190,'phone','call',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(189,11,14,20193,'meeting','co_creation',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(190,11,14,20201,'meeting','purchase',138497,47434,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(191,11,14,20202,'email','email',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(192,11,14,20207,'email','purchase',74690,25581,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(193,11,14,20208,'email','purchase',105006,35963,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(194,11,14,20211,'meeting','purchase',173043,59265,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(195,11,14,20225,'email','purchase',80503,27571,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(196,11,14,20227,'email','purchase',200532,68680,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(197,11,14,20230,'meeting','purchase',124083,42497,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(198,11,14,20231,'meeting','co_creation',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(199,11,14,20236,'meeting','return',-50534,-17307,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(200,11,14,20241,'email','purchase',130691,44760,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(201,11,14,20248,'meeting','purchase',89489,30649,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(202,11,14,20256,'phone','call',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(203,11,14,20261,'email','purchase',53617,18363,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(204,11,14,20263,'meeting','purchase',121619,41653,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(205,12,NULL,19527,'web_form','inquiry',NULL,NULL,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(206,13,NULL,19415,'web_form','purchase',6441,1825,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(207,13,NULL,19496,'point_of_sale','purchase',8778,2487,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(208,13,NULL,19525,'advertising','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(209,13,NULL,19623,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(210,13,NULL,19842,'advertising','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(211,13,NULL,19885,'web_form','purchase',3070,870,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(212,13,NULL,19924,'email','feedback',NULL,NULL,2,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(213,13,NULL,19926,'advertising','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(214,13,NULL,20019,'advertising','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(215,13,NULL,20023,'advertising','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(216,13,NULL,20082,'advertising','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(217,13,NULL,20106,'phone','service',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(218,13,NULL,20109,'phone','service',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(219,13,NULL,20138,'web_form','purchase',4502,1276,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(220,13,NULL,20183,'email','feedback',NULL,NULL,1,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(221,14,NULL,19309,'web_form','purchase',2211,475,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(222,14,NULL,19316,'email','email',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(223,14,NULL,19361,'web_form','purchase',1848,397,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(224,14,NULL,19372,'point_of_sale','purchase',5790,1244,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(225,14,NULL,19381,'web_form','inquiry',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(226,14,NULL,19403,'email','email',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(227,14,NULL,19473,'web_form','purchase',3156,678,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(228,14,NULL,19520,'point_of_sale','purchase',1162,250,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(229,14,NULL,19529,'point_of_sale','purchase',4124,886,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(230,14,NULL,19670,'phone','complaint',NULL,NULL,-2,0,'','',19673,1,'',0,NULL);
INSERT INTO episode VALUES(231,14,NULL,19675,'phone','service',NULL,NULL,0,0,'','Complaint answered',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(232,14,NULL,19735,'email','email',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(233,14,NULL,19759,'web_form','inquiry',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(234,14,NULL,19763,'point_of_sale','purchase',2249,483,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(235,14,NULL,19825,'point_of_sale','purchase',5019,1078,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(236,14,NULL,19826,'web_form','purchase',3676,790,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(237,14,NULL,19840,'phone','call',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(238,14,NULL,19858,'phone','call',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(239,14,NULL,19880,'point_of_sale','purchase',5232,1124,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(240,14,NULL,19887,'web_form','inquiry',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(241,14,NULL,19902,'phone','complaint',NULL,NULL,-2,0,'','',19905,1,'',0,NULL);
INSERT INTO episode VALUES(242,14,NULL,19906,'phone','service',NULL,NULL,0,0,'','Complaint answered',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(243,14,NULL,20073,'point_of_sale','purchase',3083,662,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(244,14,NULL,20159,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(245,14,NULL,20162,'point_of_sale','purchase',3055,656,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(246,14,NULL,20189,'phone','call',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(247,14,NULL,20201,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(248,14,NULL,20226,'web_form','purchase',5327,1144,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(249,14,NULL,20237,'phone','call',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(250,14,NULL,20252,'web_form','purchase',1578,339,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(251,15,NULL,20035,'web_form','purchase',6879,2442,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(252,15,NULL,20075,'web_form','purchase',8355,2965,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(253,15,NULL,20078,'point_of_sale','purchase',12383,4395,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(254,15,NULL,20082,'web_form','purchase',7854,2788,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(255,15,NULL,20085,'web_form','purchase',12410,4405,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(256,15,NULL,20134,'point_of_sale','purchase',7004,2486,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(257,15,NULL,20137,'point_of_sale','purchase',12640,4487,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(258,15,NULL,20158,'web_form','purchase',11245,3991,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(259,15,NULL,20161,'point_of_sale','purchase',5906,2096,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(260,15,NULL,20199,'point_of_sale','purchase',4411,1566,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(261,15,NULL,20217,'point_of_sale','purchase',11527,4091,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(262,15,NULL,20217,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(263,15,NULL,20229,'point_of_sale','purchase',5495,1950,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(264,15,NULL,20235,'point_of_sale','purchase',9044,3210,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(265,15,NULL,20269,'web_form','purchase',14463,5133,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(266,16,NULL,20224,'point_of_sale','purchase',8153,3107,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(267,16,NULL,20237,'web_form','purchase',4681,1784,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(268,16,NULL,20239,'phone','service',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(269,16,NULL,20249,'web_form','purchase',4451,1696,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(270,16,NULL,20255,'email','email',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(271,16,NULL,20267,'email','offer',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(272,17,16,19627,'meeting','purchase',74520,28291,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(273,17,16,19633,'email','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(274,17,16,19651,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(275,17,16,19669,'web_form','inquiry',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(276,17,16,19684,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(277,17,16,19689,'meeting','meeting',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(278,17,16,19765,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(279,17,16,19770,'email','purchase',127738,48494,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(280,17,16,19771,'email','purchase',83046,31527,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(281,17,16,19796,'meeting','purchase',235247,89309,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(282,17,16,19799,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(283,17,16,19838,'phone','call',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(284,17,16,19865,'phone','call',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(285,17,16,19886,'meeting','meeting',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(286,17,16,19903,'phone','call',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(287,17,16,19907,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(288,17,16,19922,'phone','call',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(289,17,16,19941,'email','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(290,17,16,19945,'meeting','purchase',149309,56683,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(291,17,16,19960,'email','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(292,17,16,19978,'email','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(293,17,16,20012,'email','purchase',185396,70383,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(294,17,16,20042,'meeting','meeting',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(295,17,16,20099,'email','purchase',105509,40055,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(296,17,16,20136,'email','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(297,17,16,20151,'phone','call',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(298,17,16,20156,'phone','call',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(299,17,16,20166,'phone','call',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(300,17,16,20199,'phone','call',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(301,17,16,20219,'email','purchase',138684,52650,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(302,17,16,20232,'phone','call',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(303,17,16,20239,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(304,17,16,20262,'email','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(305,18,18,19710,'meeting','purchase',84290,34765,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(306,18,18,19732,'phone','call',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(307,18,18,19736,'meeting','purchase',106089,43756,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(308,18,18,19741,'meeting','meeting',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(309,18,18,19742,'email','offer',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(310,18,18,19748,'email','email',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(311,18,18,19760,'phone','call',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(312,18,18,19784,'phone','service',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(313,18,18,19787,'phone','call',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(314,18,18,19832,'meeting','meeting',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(315,18,18,19857,'meeting','purchase',131845,54379,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(316,18,18,19901,'email','purchase',86006,35473,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(317,18,18,19910,'email','email',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(318,18,18,19991,'phone','call',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(319,18,18,20000,'email','purchase',58299,24045,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(320,18,18,20017,'phone','call',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(321,18,18,20060,'phone','call',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(322,18,18,20079,'phone','complaint',NULL,NULL,0,0,'Anna Nowak','',20082,1,'',0,NULL);
INSERT INTO episode VALUES(323,18,18,20084,'phone','service',NULL,NULL,1,0,'Anna Nowak','Complaint answered',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(324,18,18,20089,'phone','call',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(325,18,18,20126,'meeting','purchase',110869,45727,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(326,18,18,20130,'email','email',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(327,18,18,20159,'phone','call',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(328,18,18,20163,'phone','call',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(329,18,18,20170,'meeting','purchase',105734,43609,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(330,18,18,20196,'email','email',NULL,NULL,NULL,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(331,18,18,20242,'email','feedback',NULL,NULL,0,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(332,18,18,20249,'email','feedback',NULL,NULL,1,0,'Anna Nowak','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(333,19,NULL,19782,'point_of_sale','purchase',5407,2147,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(334,20,20,19914,'meeting','purchase',25041,9195,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(335,20,20,19918,'meeting','purchase',50524,18553,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(336,20,20,19928,'email','purchase',51063,18751,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(337,20,20,19937,'email','offer',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(338,20,20,19942,'meeting','purchase',55124,20242,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(339,21,NULL,19216,'point_of_sale','purchase',1123,356,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(340,21,NULL,19287,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(341,21,NULL,19309,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(342,21,NULL,19405,'web_form','inquiry',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(343,21,NULL,19491,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(344,21,NULL,19735,'web_form','inquiry',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(345,21,NULL,19858,'email','email',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(346,21,NULL,19990,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(347,21,NULL,20113,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(348,22,NULL,19882,'web_form','purchase',1557,362,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(349,22,NULL,20004,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(350,22,NULL,20016,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(351,22,NULL,20022,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(352,22,NULL,20153,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(353,22,NULL,20195,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(354,23,NULL,19924,'point_of_sale','purchase',2606,914,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(355,23,NULL,19964,'email','email',NULL,NULL,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(356,23,NULL,20005,'web_form','purchase',4121,1445,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(357,23,NULL,20137,'phone','service',NULL,NULL,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(358,24,NULL,19976,'point_of_sale','purchase',9261,1887,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(359,24,NULL,19997,'advertising','offer',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(360,24,NULL,20131,'advertising','offer',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(361,25,NULL,19529,'web_form','purchase',5537,1119,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(362,25,NULL,19679,'web_form','inquiry',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(363,25,NULL,19689,'web_form','purchase',11075,2238,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(364,25,NULL,19721,'email','email',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(365,25,NULL,19904,'web_form','inquiry',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(366,25,NULL,19953,'web_form','inquiry',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(367,25,NULL,19999,'advertising','offer',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(368,25,NULL,20047,'phone','service',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(369,25,NULL,20048,'phone','call',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(370,25,NULL,20054,'advertising','offer',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(371,26,NULL,20031,'point_of_sale','purchase',1925,697,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(372,26,NULL,20058,'email','feedback',NULL,NULL,0,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(373,26,NULL,20089,'email','email',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(374,27,NULL,20268,'web_form','purchase',7388,1480,NULL,0,'James Clarke','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(375,28,21,19510,'meeting','purchase',71612,24675,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(376,28,21,19515,'phone','call',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(377,28,21,19558,'email','purchase',32760,11288,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(378,28,21,19566,'email','email',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(379,28,21,19582,'meeting','meeting',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(380,28,21,19586,'meeting','purchase',58476,20149,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(381,28,21,19597,'phone','service',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(382,28,21,19646,'email','email',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(383,28,21,19667,'email','purchase',51296,17675,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(384,28,21,19675,'meeting','purchase',70114,24159,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(385,28,21,19683,'email','purchase',108161,37269,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(386,28,21,19738,'advertising','offer',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(387,29,NULL,19389,'web_form','purchase',3389,595,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(388,29,NULL,19444,'web_form','purchase',1186,208,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(389,29,NULL,19669,'web_form','inquiry',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(390,29,NULL,19698,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(391,29,NULL,19715,'web_form','purchase',1395,245,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(392,29,NULL,19729,'point_of_sale','purchase',3254,571,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(393,29,NULL,19741,'point_of_sale','purchase',2097,368,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(394,29,NULL,19833,'email','feedback',NULL,NULL,0,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(395,29,NULL,19883,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(396,29,NULL,19913,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(397,29,NULL,19940,'phone','call',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(398,29,NULL,19947,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(399,29,NULL,20083,'web_form','purchase',2166,380,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(400,29,NULL,20170,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(401,29,NULL,20228,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(402,29,NULL,20240,'point_of_sale','purchase',4585,805,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(403,29,NULL,20240,'email','offer',NULL,NULL,NULL,0,'Ірина Бондаренко','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(404,30,NULL,19715,'point_of_sale','purchase',10648,2521,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(405,30,NULL,19725,'web_form','purchase',4527,1072,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(406,30,NULL,19881,'web_form','purchase',7160,1695,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(407,30,NULL,19916,'email','email',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(408,30,NULL,19983,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(409,30,NULL,20008,'phone','complaint',NULL,NULL,-2,0,'','',20011,1,'',0,NULL);
INSERT INTO episode VALUES(410,30,NULL,20009,'phone','service',NULL,NULL,1,0,'','Complaint answered',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(411,30,NULL,20132,'point_of_sale','purchase',4211,997,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(412,30,NULL,20138,'email','email',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(413,30,NULL,20146,'web_form','purchase',13866,3282,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(414,30,NULL,20151,'point_of_sale','purchase',2405,569,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(415,30,NULL,20169,'point_of_sale','purchase',4579,1084,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(416,30,NULL,20255,'phone','service',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(417,31,NULL,20027,'point_of_sale','purchase',6880,1400,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(418,31,NULL,20046,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(419,31,NULL,20178,'phone','service',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(420,32,NULL,19571,'point_of_sale','purchase',10290,4267,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(421,32,NULL,19670,'email','email',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(422,32,NULL,19710,'point_of_sale','purchase',2598,1077,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(423,32,NULL,19745,'email','email',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(424,32,NULL,19792,'point_of_sale','purchase',3789,1571,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(425,32,NULL,19846,'web_form','purchase',10944,4538,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(426,32,NULL,19855,'point_of_sale','purchase',6850,2840,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(427,32,NULL,19920,'point_of_sale','purchase',3600,1493,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(428,32,NULL,19968,'advertising','offer',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(429,32,NULL,20053,'web_form','purchase',2727,1131,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(430,32,NULL,20054,'web_form','inquiry',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(431,32,NULL,20075,'phone','complaint',NULL,NULL,-2,0,'Piotr Zieliński','',20078,1,'',0,NULL);
INSERT INTO episode VALUES(432,32,NULL,20077,'phone','service',NULL,NULL,0,0,'Piotr Zieliński','Complaint answered',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(433,32,NULL,20104,'email','email',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(434,32,NULL,20120,'email','email',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(435,32,NULL,20261,'phone','call',NULL,NULL,NULL,0,'Piotr Zieliński','',20268,0,'',0,NULL);
INSERT INTO episode VALUES(436,33,NULL,19180,'point_of_sale','purchase',15977,3706,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(437,33,NULL,19341,'advertising','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(438,33,NULL,19344,'web_form','purchase',20169,4678,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(439,33,NULL,19602,'advertising','offer',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(440,33,NULL,19623,'web_form','purchase',13020,3020,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(441,33,NULL,19656,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(442,33,NULL,19677,'email','feedback',NULL,NULL,0,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(443,33,NULL,19693,'web_form','purchase',5966,1384,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(444,33,NULL,19814,'email','feedback',NULL,NULL,-2,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(445,33,NULL,19843,'email','feedback',NULL,NULL,0,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(446,33,NULL,19859,'email','email',NULL,NULL,NULL,0,'Zofia Dąbrowska','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(447,34,NULL,19561,'web_form','purchase',4657,1415,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(448,34,NULL,19566,'email','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(449,34,NULL,19624,'web_form','purchase',5170,1571,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(450,35,NULL,19380,'point_of_sale','purchase',4654,1353,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(451,35,NULL,19469,'email','offer',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(452,35,NULL,19566,'email','offer',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(453,35,NULL,19627,'email','offer',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(454,35,NULL,19800,'web_form','purchase',3140,913,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(455,35,NULL,19833,'web_form','purchase',2661,774,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(456,35,NULL,19942,'email','offer',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(457,35,NULL,19980,'phone','service',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(458,35,NULL,20060,'phone','call',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(459,35,NULL,20144,'email','offer',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(460,35,NULL,20164,'email','email',NULL,NULL,NULL,0,'Piotr Zieliński','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(461,36,23,19907,'meeting','purchase',123631,36110,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(462,36,23,19928,'email','email',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(463,36,23,19952,'meeting','purchase',236421,69053,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(464,36,25,20023,'meeting','purchase',146107,42675,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(465,36,25,20052,'meeting','purchase',180478,52713,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(466,36,25,20060,'email','feedback',NULL,NULL,0,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(467,36,25,20083,'phone','call',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(468,36,25,20091,'email','purchase',239125,69843,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(469,36,25,20092,'meeting','purchase',98468,28760,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(470,36,25,20125,'email','purchase',158611,46326,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(471,36,25,20128,'phone','call',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(472,36,25,20138,'phone','call',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(473,36,25,20160,'meeting','meeting',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(474,36,25,20177,'phone','call',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(475,36,25,20178,'meeting','purchase',277418,81027,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(476,36,25,20198,'meeting','meeting',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(477,36,25,20205,'phone','call',NULL,NULL,NULL,0,'Erik Lindqvist','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(478,37,26,19834,'email','purchase',124033,34250,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(479,37,26,19871,'email','purchase',143976,39757,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(480,37,26,19877,'email','purchase',74356,20532,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(481,37,26,19886,'email','email',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(482,37,26,19888,'email','purchase',111330,30742,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(483,37,26,19927,'meeting','meeting',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(484,37,26,19929,'meeting','purchase',45850,12661,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(485,37,26,19936,'phone','call',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(486,37,26,19972,'meeting','purchase',79234,21879,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(487,37,26,19986,'phone','call',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(488,37,26,20013,'phone','call',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(489,37,26,20016,'email','purchase',126400,34903,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(490,37,26,20056,'email','email',NULL,NULL,NULL,0,'Liam Wilson','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(491,38,NULL,19370,'web_form','purchase',2672,841,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(492,38,NULL,19375,'web_form','purchase',1597,503,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(493,38,NULL,19395,'point_of_sale','purchase',2491,785,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(494,38,NULL,19414,'point_of_sale','purchase',3017,950,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(495,38,NULL,19418,'web_form','purchase',1518,478,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(496,38,NULL,19437,'point_of_sale','purchase',4230,1332,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(497,38,NULL,19441,'point_of_sale','purchase',3696,1164,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(498,38,NULL,19450,'point_of_sale','purchase',1923,605,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(499,38,NULL,19470,'point_of_sale','purchase',3227,1016,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(500,38,NULL,19500,'point_of_sale','purchase',2379,749,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(501,38,NULL,19502,'email','email',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(502,38,NULL,19511,'web_form','purchase',2027,638,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(503,38,NULL,19516,'point_of_sale','purchase',1668,525,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(504,38,NULL,19517,'point_of_sale','purchase',3084,971,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(505,38,NULL,19518,'point_of_sale','purchase',5714,1799,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(506,38,NULL,19547,'point_of_sale','purchase',5133,1616,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(507,38,NULL,19548,'point_of_sale','purchase',2978,938,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(508,38,NULL,19549,'point_of_sale','purchase',1460,460,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(509,38,NULL,19559,'point_of_sale','purchase',3932,1238,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(510,38,NULL,19560,'point_of_sale','purchase',3505,1104,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(511,38,NULL,19562,'point_of_sale','return',-849,-267,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(512,38,NULL,19580,'web_form','purchase',2807,884,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(513,38,NULL,19592,'web_form','purchase',3899,1228,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(514,38,NULL,19604,'advertising','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(515,38,NULL,19605,'point_of_sale','purchase',3894,1226,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(516,38,NULL,19610,'point_of_sale','purchase',3574,1125,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(517,38,NULL,19612,'point_of_sale','purchase',1543,486,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(518,38,NULL,19628,'web_form','purchase',3190,1005,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(519,38,NULL,19635,'point_of_sale','purchase',3297,1038,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(520,38,NULL,19649,'point_of_sale','purchase',3878,1221,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(521,38,NULL,19656,'point_of_sale','purchase',3573,1125,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(522,38,NULL,19661,'point_of_sale','purchase',1940,611,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(523,38,NULL,19677,'web_form','purchase',3776,1189,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(524,38,NULL,19694,'web_form','purchase',5485,1727,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(525,38,NULL,19698,'email','feedback',NULL,NULL,-1,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(526,38,NULL,19708,'point_of_sale','purchase',3044,959,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(527,38,NULL,19711,'web_form','purchase',2403,757,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(528,38,NULL,19712,'point_of_sale','purchase',2419,762,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(529,38,NULL,19716,'web_form','purchase',2903,914,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(530,38,NULL,19742,'point_of_sale','purchase',3412,1074,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(531,38,NULL,19752,'web_form','purchase',2092,659,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(532,38,NULL,19787,'point_of_sale','purchase',3638,1146,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(533,38,NULL,19806,'email','email',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(534,38,NULL,19814,'point_of_sale','purchase',816,257,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(535,38,NULL,19816,'phone','service',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(536,38,NULL,19823,'web_form','purchase',2497,786,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(537,38,NULL,19825,'web_form','purchase',2324,732,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(538,38,NULL,19838,'web_form','purchase',5091,1603,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(539,38,NULL,19842,'web_form','return',-1006,-317,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(540,38,NULL,19848,'point_of_sale','purchase',2339,736,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(541,38,NULL,19898,'point_of_sale','purchase',2185,688,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(542,38,NULL,19905,'point_of_sale','purchase',1347,424,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(543,38,NULL,19906,'point_of_sale','purchase',1788,563,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(544,38,NULL,19910,'point_of_sale','purchase',3136,987,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(545,38,NULL,19917,'point_of_sale','purchase',2098,661,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(546,38,NULL,19921,'advertising','offer',NULL,NULL,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(547,38,NULL,19949,'web_form','purchase',1955,616,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(548,38,NULL,19992,'point_of_sale','purchase',2765,871,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(549,38,NULL,19994,'point_of_sale','purchase',1461,460,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(550,38,NULL,19996,'point_of_sale','purchase',5868,1848,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(551,38,NULL,19997,'phone','complaint',NULL,NULL,-2,1,'','',20000,1,'',0,NULL);
INSERT INTO episode VALUES(552,38,NULL,19998,'phone','service',NULL,NULL,-1,0,'','Complaint answered',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(553,38,NULL,20001,'web_form','purchase',2094,659,NULL,0,'','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(554,39,NULL,19984,'phone','offer',NULL,NULL,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(555,39,NULL,20006,'phone','inquiry',NULL,NULL,NULL,0,'Olena Kravchuk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(556,40,NULL,20060,'point_of_sale','purchase',5318,2189,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(557,40,NULL,20092,'phone','call',NULL,NULL,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(558,40,NULL,20119,'email','email',NULL,NULL,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(559,40,NULL,20139,'point_of_sale','purchase',13480,5550,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(560,40,NULL,20169,'email','offer',NULL,NULL,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(561,40,NULL,20175,'email','email',NULL,NULL,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(562,40,NULL,20195,'point_of_sale','purchase',8707,3585,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(563,40,NULL,20210,'point_of_sale','purchase',6515,2682,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(564,40,NULL,20221,'web_form','purchase',6268,2581,NULL,0,'Taras Melnyk','',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(565,1,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(566,1,NULL,20171,'point_of_sale','purchase',30000,7500,NULL,0,'','Voucher redeemed',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(567,9,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(568,9,NULL,20150,'point_of_sale','purchase',30000,7500,NULL,0,'','Voucher redeemed',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(569,10,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(570,12,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(571,13,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(572,14,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(573,15,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(574,17,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(575,24,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(576,25,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(577,25,NULL,20169,'point_of_sale','purchase',30000,7500,NULL,0,'','Voucher redeemed',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(578,27,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(579,31,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(580,31,NULL,20166,'point_of_sale','purchase',30000,7500,NULL,0,'','Voucher redeemed',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(581,32,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(582,35,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(583,35,NULL,20172,'point_of_sale','purchase',30000,7500,NULL,0,'','Voucher redeemed',NULL,0,'',0,NULL);
INSERT INTO episode VALUES(584,36,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(585,37,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(586,40,NULL,20149,'email','offer',NULL,NULL,NULL,0,'',replace('Loyalty reward for regular customers\nA voucher worth 10 % of the next order, valid for 30 days','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(587,9,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(588,10,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(589,11,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(590,12,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(591,13,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(592,14,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(593,17,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(594,18,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(595,24,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(596,25,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(597,27,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(598,30,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(599,31,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(600,32,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(601,35,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(602,36,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
INSERT INTO episode VALUES(603,37,NULL,20194,'email','offer',NULL,NULL,NULL,0,'',replace('Newsletter: spring collection\nAn invitation to the spring collection on the website','\n',char(10)),NULL,0,'',0,NULL);
CREATE TABLE task (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    due_on      INTEGER NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    owner       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT ''
);
INSERT INTO task VALUES(1,13,'Call back: no purchase since 2025-02-19',20270,0,'Zofia Dąbrowska','');
INSERT INTO task VALUES(2,18,'Call back: no purchase since 2025-03-23',20281,0,'Anna Nowak','');
INSERT INTO task VALUES(3,35,'Call back: no purchase since 2024-04-20',20281,0,'Piotr Zieliński','');
CREATE TABLE partnership (
    id                  INTEGER PRIMARY KEY,
    partner_name        TEXT NOT NULL,
    partner_customer_id INTEGER REFERENCES customer (id) ON DELETE SET NULL,
    direction           TEXT NOT NULL CHECK (direction IN ('supplier', 'manufacturer', 'intermediary', 'distributor',
                            'retailer', 'competitor', 'complementary', 'shareholder', 'employee', 'public_body',
                            'pressure_group', 'other')),
    form                TEXT NOT NULL CHECK (form IN ('alliance', 'joint_venture', 'co_branding', 'joint_rnd',
                            'cross_licensing', 'joint_marketing', 'supply_contract', 'distribution_agreement', 'other')),
    value_shared        INTEGER NOT NULL DEFAULT 0 CHECK (value_shared >= 0),
    started_on          INTEGER,
    ended_on            INTEGER,
    notes               TEXT NOT NULL DEFAULT ''
);
INSERT INTO partnership VALUES(1,'Mleczarnia Podlaska',1,'supplier','distribution_agreement',28867800,19657,NULL,'');
INSERT INTO partnership VALUES(2,'Nordkaffe Rosteri',3,'manufacturer','distribution_agreement',40863900,19376,NULL,'');
INSERT INTO partnership VALUES(3,'Baltic Logistics',NULL,'intermediary','supply_contract',26455100,19199,NULL,'');
INSERT INTO partnership VALUES(4,'Агроком',NULL,'distributor','joint_marketing',45136500,19201,NULL,'');
INSERT INTO partnership VALUES(5,'Pack&Go Packaging',6,'retailer','joint_marketing',15312500,19698,NULL,'');
INSERT INTO partnership VALUES(6,'Zielony Koszyk',NULL,'competitor','joint_rnd',21676600,19565,NULL,'Cooperation beside competition: shared costs, own customers.');
INSERT INTO partnership VALUES(7,'Kyiv Distribution',NULL,'complementary','cross_licensing',41248400,19568,19982,'Cooperation beside competition: shared costs, own customers.');
INSERT INTO partnership VALUES(8,'Sveriges Handelskammare',NULL,'shareholder','alliance',33245600,19669,NULL,'');
INSERT INTO partnership VALUES(9,'Eko Farm Cooperative',NULL,'employee','alliance',1145900,19207,NULL,'');
INSERT INTO partnership VALUES(10,'CityChain Retail',NULL,'public_body','other',12648700,19206,NULL,'');
INSERT INTO partnership VALUES(11,'Delikatesy Centrum',NULL,'pressure_group','alliance',2930300,19556,NULL,'');
INSERT INTO partnership VALUES(12,'Fresh Route',NULL,'other','alliance',2025600,19662,NULL,'');
INSERT INTO partnership VALUES(13,'Regional Food Council',NULL,'supplier','distribution_agreement',16203100,19710,NULL,'');
INSERT INTO partnership VALUES(14,'Old Town Bakery',1,'manufacturer','joint_marketing',13682000,19592,19846,'');
INSERT INTO partnership VALUES(15,'Coffee Competitor AB',3,'intermediary','co_branding',1098900,19690,NULL,'');
INSERT INTO partnership VALUES(16,'Card Loyalty Systems',NULL,'distributor','joint_marketing',32415600,19665,NULL,'');
INSERT INTO partnership VALUES(17,'Harbour Cold Storage',NULL,'retailer','supply_contract',26641200,19350,NULL,'');
INSERT INTO partnership VALUES(18,'Shareholders'' Club',NULL,'competitor','alliance',46804600,19453,NULL,'Cooperation beside competition: shared costs, own customers.');
INSERT INTO partnership VALUES(19,'Workers'' Council',NULL,'complementary','cross_licensing',6194500,19689,NULL,'Cooperation beside competition: shared costs, own customers.');
INSERT INTO partnership VALUES(20,'Consumer Federation',NULL,'shareholder','other',7485900,19389,NULL,'');
INSERT INTO partnership VALUES(21,'Mleczarnia Podlaska 2',NULL,'employee','alliance',15667000,19568,NULL,'');
INSERT INTO partnership VALUES(22,'Nordkaffe Rosteri 2',NULL,'public_body','alliance',12470400,19371,NULL,'');
INSERT INTO partnership VALUES(23,'Baltic Logistics 2',NULL,'pressure_group','alliance',36493600,19450,NULL,'');
INSERT INTO partnership VALUES(24,'Агроком 2',NULL,'other','other',43757800,19612,NULL,'');
INSERT INTO partnership VALUES(25,'Pack&Go Packaging 2',36,'supplier','distribution_agreement',46095500,19306,NULL,'');
INSERT INTO partnership VALUES(26,'Zielony Koszyk 2',NULL,'manufacturer','distribution_agreement',33304300,19392,NULL,'');
INSERT INTO partnership VALUES(27,'Kyiv Distribution 2',1,'intermediary','co_branding',27550000,19350,NULL,'');
INSERT INTO partnership VALUES(28,'Sveriges Handelskammare 2',NULL,'distributor','supply_contract',31616400,19700,NULL,'');
INSERT INTO partnership VALUES(29,'Eko Farm Cooperative 2',4,'retailer','supply_contract',17639100,19194,NULL,'');
INSERT INTO partnership VALUES(30,'CityChain Retail 2',NULL,'competitor','joint_marketing',36100700,19651,NULL,'Cooperation beside competition: shared costs, own customers.');
INSERT INTO partnership VALUES(31,'Delikatesy Centrum 2',NULL,'complementary','cross_licensing',15945200,19321,NULL,'Cooperation beside competition: shared costs, own customers.');
INSERT INTO partnership VALUES(32,'Fresh Route 2',NULL,'shareholder','other',43981300,19666,NULL,'');
INSERT INTO partnership VALUES(33,'Regional Food Council 2',NULL,'employee','alliance',15102500,19287,NULL,'');
INSERT INTO partnership VALUES(34,'Old Town Bakery 2',NULL,'public_body','other',19776400,19191,NULL,'');
INSERT INTO partnership VALUES(35,'Coffee Competitor AB 2',NULL,'pressure_group','other',15167600,19715,20076,'');
INSERT INTO partnership VALUES(36,'Card Loyalty Systems 2',NULL,'other','other',6635600,19486,19594,'');
CREATE TABLE partnership_stage (
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    stage          TEXT NOT NULL CHECK (stage IN ('formation', 'experimentation', 'identification', 'renewal',
                       'rupture')),
    since          INTEGER NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (partnership_id, position)
) WITHOUT ROWID;
INSERT INTO partnership_stage VALUES(1,0,'formation',19657,'');
INSERT INTO partnership_stage VALUES(1,1,'experimentation',19879,'');
INSERT INTO partnership_stage VALUES(1,2,'identification',20044,'');
INSERT INTO partnership_stage VALUES(1,3,'renewal',20166,'');
INSERT INTO partnership_stage VALUES(2,0,'formation',19376,'');
INSERT INTO partnership_stage VALUES(2,1,'experimentation',19531,'');
INSERT INTO partnership_stage VALUES(2,2,'identification',19725,'');
INSERT INTO partnership_stage VALUES(2,3,'renewal',19865,'');
INSERT INTO partnership_stage VALUES(3,0,'formation',19199,'');
INSERT INTO partnership_stage VALUES(3,1,'experimentation',19391,'');
INSERT INTO partnership_stage VALUES(3,2,'identification',19593,'');
INSERT INTO partnership_stage VALUES(3,3,'renewal',19811,'');
INSERT INTO partnership_stage VALUES(4,0,'formation',19201,'');
INSERT INTO partnership_stage VALUES(4,1,'experimentation',19407,'');
INSERT INTO partnership_stage VALUES(5,0,'formation',19698,'');
INSERT INTO partnership_stage VALUES(5,1,'experimentation',19929,'');
INSERT INTO partnership_stage VALUES(5,2,'identification',20132,'');
INSERT INTO partnership_stage VALUES(6,0,'formation',19565,'');
INSERT INTO partnership_stage VALUES(7,0,'formation',19568,'');
INSERT INTO partnership_stage VALUES(7,1,'experimentation',19650,'');
INSERT INTO partnership_stage VALUES(7,2,'identification',19802,'');
INSERT INTO partnership_stage VALUES(7,3,'rupture',19982,'Partner chose a competitor''s offer');
INSERT INTO partnership_stage VALUES(8,0,'formation',19669,'');
INSERT INTO partnership_stage VALUES(8,1,'experimentation',19756,'');
INSERT INTO partnership_stage VALUES(8,2,'identification',19979,'');
INSERT INTO partnership_stage VALUES(8,3,'renewal',20111,'');
INSERT INTO partnership_stage VALUES(9,0,'formation',19207,'');
INSERT INTO partnership_stage VALUES(10,0,'formation',19206,'');
INSERT INTO partnership_stage VALUES(10,1,'experimentation',19423,'');
INSERT INTO partnership_stage VALUES(10,2,'identification',19566,'');
INSERT INTO partnership_stage VALUES(10,3,'renewal',19732,'');
INSERT INTO partnership_stage VALUES(11,0,'formation',19556,'');
INSERT INTO partnership_stage VALUES(11,1,'experimentation',19763,'');
INSERT INTO partnership_stage VALUES(11,2,'identification',19949,'');
INSERT INTO partnership_stage VALUES(12,0,'formation',19662,'');
INSERT INTO partnership_stage VALUES(12,1,'experimentation',19833,'');
INSERT INTO partnership_stage VALUES(12,2,'identification',20052,'');
INSERT INTO partnership_stage VALUES(13,0,'formation',19710,'');
INSERT INTO partnership_stage VALUES(13,1,'experimentation',19911,'');
INSERT INTO partnership_stage VALUES(13,2,'identification',20028,'');
INSERT INTO partnership_stage VALUES(14,0,'formation',19592,'');
INSERT INTO partnership_stage VALUES(14,1,'experimentation',19669,'');
INSERT INTO partnership_stage VALUES(14,2,'rupture',19846,'Partner chose a competitor''s offer');
INSERT INTO partnership_stage VALUES(15,0,'formation',19690,'');
INSERT INTO partnership_stage VALUES(15,1,'experimentation',19765,'');
INSERT INTO partnership_stage VALUES(16,0,'formation',19665,'');
INSERT INTO partnership_stage VALUES(16,1,'experimentation',19754,'');
INSERT INTO partnership_stage VALUES(16,2,'identification',19883,'');
INSERT INTO partnership_stage VALUES(17,0,'formation',19350,'');
INSERT INTO partnership_stage VALUES(17,1,'experimentation',19519,'');
INSERT INTO partnership_stage VALUES(17,2,'identification',19650,'');
INSERT INTO partnership_stage VALUES(17,3,'renewal',19748,'');
INSERT INTO partnership_stage VALUES(18,0,'formation',19453,'');
INSERT INTO partnership_stage VALUES(18,1,'experimentation',19648,'');
INSERT INTO partnership_stage VALUES(19,0,'formation',19689,'');
INSERT INTO partnership_stage VALUES(19,1,'experimentation',19870,'');
INSERT INTO partnership_stage VALUES(19,2,'identification',19954,'');
INSERT INTO partnership_stage VALUES(20,0,'formation',19389,'');
INSERT INTO partnership_stage VALUES(21,0,'formation',19568,'');
INSERT INTO partnership_stage VALUES(21,1,'experimentation',19795,'');
INSERT INTO partnership_stage VALUES(21,2,'identification',19903,'');
INSERT INTO partnership_stage VALUES(21,3,'renewal',20078,'');
INSERT INTO partnership_stage VALUES(22,0,'formation',19371,'');
INSERT INTO partnership_stage VALUES(22,1,'experimentation',19539,'');
INSERT INTO partnership_stage VALUES(22,2,'identification',19659,'');
INSERT INTO partnership_stage VALUES(22,3,'renewal',19742,'');
INSERT INTO partnership_stage VALUES(23,0,'formation',19450,'');
INSERT INTO partnership_stage VALUES(23,1,'experimentation',19610,'');
INSERT INTO partnership_stage VALUES(24,0,'formation',19612,'');
INSERT INTO partnership_stage VALUES(24,1,'experimentation',19672,'');
INSERT INTO partnership_stage VALUES(24,2,'identification',19911,'');
INSERT INTO partnership_stage VALUES(25,0,'formation',19306,'');
INSERT INTO partnership_stage VALUES(25,1,'experimentation',19468,'');
INSERT INTO partnership_stage VALUES(26,0,'formation',19392,'');
INSERT INTO partnership_stage VALUES(26,1,'experimentation',19507,'');
INSERT INTO partnership_stage VALUES(27,0,'formation',19350,'');
INSERT INTO partnership_stage VALUES(27,1,'experimentation',19480,'');
INSERT INTO partnership_stage VALUES(27,2,'identification',19673,'');
INSERT INTO partnership_stage VALUES(27,3,'renewal',19891,'');
INSERT INTO partnership_stage VALUES(28,0,'formation',19700,'');
INSERT INTO partnership_stage VALUES(29,0,'formation',19194,'');
INSERT INTO partnership_stage VALUES(30,0,'formation',19651,'');
INSERT INTO partnership_stage VALUES(31,0,'formation',19321,'');
INSERT INTO partnership_stage VALUES(31,1,'experimentation',19511,'');
INSERT INTO partnership_stage VALUES(32,0,'formation',19666,'');
INSERT INTO partnership_stage VALUES(32,1,'experimentation',19880,'');
INSERT INTO partnership_stage VALUES(32,2,'identification',20042,'');
INSERT INTO partnership_stage VALUES(33,0,'formation',19287,'');
INSERT INTO partnership_stage VALUES(34,0,'formation',19191,'');
INSERT INTO partnership_stage VALUES(35,0,'formation',19715,'');
INSERT INTO partnership_stage VALUES(35,1,'experimentation',19899,'');
INSERT INTO partnership_stage VALUES(35,2,'rupture',20076,'Partner chose a competitor''s offer');
INSERT INTO partnership_stage VALUES(36,0,'formation',19486,'');
INSERT INTO partnership_stage VALUES(36,1,'rupture',19594,'Partner chose a competitor''s offer');
CREATE TABLE partnership_bond (
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    bond           TEXT NOT NULL CHECK (bond IN ('legal', 'economic', 'technical', 'geographic', 'temporal', 'social',
                       'cultural', 'ideological', 'cognitive', 'psychological')),
    PRIMARY KEY (partnership_id, position)
) WITHOUT ROWID;
INSERT INTO partnership_bond VALUES(1,0,'temporal');
INSERT INTO partnership_bond VALUES(1,1,'geographic');
INSERT INTO partnership_bond VALUES(2,0,'psychological');
INSERT INTO partnership_bond VALUES(2,1,'economic');
INSERT INTO partnership_bond VALUES(2,2,'technical');
INSERT INTO partnership_bond VALUES(3,0,'social');
INSERT INTO partnership_bond VALUES(3,1,'cognitive');
INSERT INTO partnership_bond VALUES(4,0,'technical');
INSERT INTO partnership_bond VALUES(4,1,'temporal');
INSERT INTO partnership_bond VALUES(4,2,'economic');
INSERT INTO partnership_bond VALUES(4,3,'legal');
INSERT INTO partnership_bond VALUES(5,0,'ideological');
INSERT INTO partnership_bond VALUES(5,1,'psychological');
INSERT INTO partnership_bond VALUES(5,2,'legal');
INSERT INTO partnership_bond VALUES(5,3,'cognitive');
INSERT INTO partnership_bond VALUES(6,0,'cognitive');
INSERT INTO partnership_bond VALUES(6,1,'technical');
INSERT INTO partnership_bond VALUES(6,2,'temporal');
INSERT INTO partnership_bond VALUES(6,3,'economic');
INSERT INTO partnership_bond VALUES(7,0,'psychological');
INSERT INTO partnership_bond VALUES(7,1,'geographic');
INSERT INTO partnership_bond VALUES(7,2,'cultural');
INSERT INTO partnership_bond VALUES(8,0,'cultural');
INSERT INTO partnership_bond VALUES(8,1,'psychological');
INSERT INTO partnership_bond VALUES(8,2,'technical');
INSERT INTO partnership_bond VALUES(9,0,'ideological');
INSERT INTO partnership_bond VALUES(9,1,'geographic');
INSERT INTO partnership_bond VALUES(9,2,'technical');
INSERT INTO partnership_bond VALUES(10,0,'cultural');
INSERT INTO partnership_bond VALUES(10,1,'geographic');
INSERT INTO partnership_bond VALUES(11,0,'psychological');
INSERT INTO partnership_bond VALUES(11,1,'economic');
INSERT INTO partnership_bond VALUES(11,2,'social');
INSERT INTO partnership_bond VALUES(11,3,'geographic');
INSERT INTO partnership_bond VALUES(12,0,'cultural');
INSERT INTO partnership_bond VALUES(12,1,'temporal');
INSERT INTO partnership_bond VALUES(12,2,'legal');
INSERT INTO partnership_bond VALUES(13,0,'ideological');
INSERT INTO partnership_bond VALUES(13,1,'cognitive');
INSERT INTO partnership_bond VALUES(13,2,'geographic');
INSERT INTO partnership_bond VALUES(13,3,'temporal');
INSERT INTO partnership_bond VALUES(14,0,'legal');
INSERT INTO partnership_bond VALUES(14,1,'cultural');
INSERT INTO partnership_bond VALUES(15,0,'geographic');
INSERT INTO partnership_bond VALUES(15,1,'psychological');
INSERT INTO partnership_bond VALUES(15,2,'technical');
INSERT INTO partnership_bond VALUES(16,0,'temporal');
INSERT INTO partnership_bond VALUES(16,1,'cognitive');
INSERT INTO partnership_bond VALUES(16,2,'geographic');
INSERT INTO partnership_bond VALUES(16,3,'technical');
INSERT INTO partnership_bond VALUES(17,0,'technical');
INSERT INTO partnership_bond VALUES(17,1,'psychological');
INSERT INTO partnership_bond VALUES(17,2,'ideological');
INSERT INTO partnership_bond VALUES(17,3,'temporal');
INSERT INTO partnership_bond VALUES(18,0,'cognitive');
INSERT INTO partnership_bond VALUES(18,1,'temporal');
INSERT INTO partnership_bond VALUES(18,2,'legal');
INSERT INTO partnership_bond VALUES(18,3,'geographic');
INSERT INTO partnership_bond VALUES(19,0,'economic');
INSERT INTO partnership_bond VALUES(19,1,'cultural');
INSERT INTO partnership_bond VALUES(19,2,'technical');
INSERT INTO partnership_bond VALUES(19,3,'ideological');
INSERT INTO partnership_bond VALUES(20,0,'cultural');
INSERT INTO partnership_bond VALUES(20,1,'geographic');
INSERT INTO partnership_bond VALUES(21,0,'economic');
INSERT INTO partnership_bond VALUES(21,1,'social');
INSERT INTO partnership_bond VALUES(22,0,'ideological');
INSERT INTO partnership_bond VALUES(22,1,'technical');
INSERT INTO partnership_bond VALUES(23,0,'cultural');
INSERT INTO partnership_bond VALUES(23,1,'temporal');
INSERT INTO partnership_bond VALUES(23,2,'legal');
INSERT INTO partnership_bond VALUES(24,0,'geographic');
INSERT INTO partnership_bond VALUES(24,1,'psychological');
INSERT INTO partnership_bond VALUES(24,2,'cognitive');
INSERT INTO partnership_bond VALUES(24,3,'cultural');
INSERT INTO partnership_bond VALUES(25,0,'psychological');
INSERT INTO partnership_bond VALUES(25,1,'social');
INSERT INTO partnership_bond VALUES(25,2,'geographic');
INSERT INTO partnership_bond VALUES(26,0,'cognitive');
INSERT INTO partnership_bond VALUES(26,1,'psychological');
INSERT INTO partnership_bond VALUES(27,0,'technical');
INSERT INTO partnership_bond VALUES(27,1,'geographic');
INSERT INTO partnership_bond VALUES(27,2,'cognitive');
INSERT INTO partnership_bond VALUES(27,3,'economic');
INSERT INTO partnership_bond VALUES(28,0,'psychological');
INSERT INTO partnership_bond VALUES(28,1,'legal');
INSERT INTO partnership_bond VALUES(29,0,'technical');
INSERT INTO partnership_bond VALUES(29,1,'legal');
INSERT INTO partnership_bond VALUES(29,2,'temporal');
INSERT INTO partnership_bond VALUES(29,3,'economic');
INSERT INTO partnership_bond VALUES(29,4,'social');
INSERT INTO partnership_bond VALUES(30,0,'psychological');
INSERT INTO partnership_bond VALUES(30,1,'ideological');
INSERT INTO partnership_bond VALUES(31,0,'cultural');
INSERT INTO partnership_bond VALUES(31,1,'social');
INSERT INTO partnership_bond VALUES(32,0,'psychological');
INSERT INTO partnership_bond VALUES(32,1,'technical');
INSERT INTO partnership_bond VALUES(32,2,'economic');
INSERT INTO partnership_bond VALUES(33,0,'social');
INSERT INTO partnership_bond VALUES(33,1,'geographic');
INSERT INTO partnership_bond VALUES(33,2,'cultural');
INSERT INTO partnership_bond VALUES(33,3,'ideological');
INSERT INTO partnership_bond VALUES(34,0,'temporal');
INSERT INTO partnership_bond VALUES(35,0,'technical');
INSERT INTO partnership_bond VALUES(35,1,'economic');
INSERT INTO partnership_bond VALUES(35,2,'social');
INSERT INTO partnership_bond VALUES(35,3,'legal');
INSERT INTO partnership_bond VALUES(36,0,'economic');
INSERT INTO partnership_bond VALUES(36,1,'legal');
INSERT INTO partnership_bond VALUES(36,2,'cognitive');
INSERT INTO partnership_bond VALUES(36,3,'cultural');
CREATE TABLE relationship_cost (
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    line        TEXT NOT NULL CHECK (line IN ('delivery', 'store_staff_bonus', 'unsold_returns', 'database_upkeep',
                    'sales_manager_pay', 'other')),
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (customer_id, year, line)
) WITHOUT ROWID;
INSERT INTO relationship_cost VALUES(1,2023,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(1,2023,'delivery',4213);
INSERT INTO relationship_cost VALUES(1,2023,'sales_manager_pay',17809);
INSERT INTO relationship_cost VALUES(1,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(1,2024,'delivery',15821);
INSERT INTO relationship_cost VALUES(1,2024,'sales_manager_pay',25547);
INSERT INTO relationship_cost VALUES(1,2025,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(1,2025,'delivery',5136);
INSERT INTO relationship_cost VALUES(1,2025,'sales_manager_pay',18424);
INSERT INTO relationship_cost VALUES(3,2025,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(3,2025,'delivery',12050);
INSERT INTO relationship_cost VALUES(3,2025,'sales_manager_pay',23034);
INSERT INTO relationship_cost VALUES(4,2023,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(4,2023,'delivery',4809);
INSERT INTO relationship_cost VALUES(4,2023,'sales_manager_pay',18206);
INSERT INTO relationship_cost VALUES(4,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(4,2024,'delivery',10436);
INSERT INTO relationship_cost VALUES(4,2024,'sales_manager_pay',21958);
INSERT INTO relationship_cost VALUES(5,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(5,2024,'delivery',11817);
INSERT INTO relationship_cost VALUES(5,2024,'sales_manager_pay',22878);
INSERT INTO relationship_cost VALUES(5,2025,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(5,2025,'delivery',14640);
INSERT INTO relationship_cost VALUES(5,2025,'sales_manager_pay',24760);
INSERT INTO relationship_cost VALUES(6,2025,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(6,2025,'delivery',10046);
INSERT INTO relationship_cost VALUES(6,2025,'sales_manager_pay',21697);
INSERT INTO relationship_cost VALUES(8,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(8,2024,'delivery',2898);
INSERT INTO relationship_cost VALUES(8,2024,'sales_manager_pay',16932);
INSERT INTO relationship_cost VALUES(11,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(11,2024,'delivery',71143);
INSERT INTO relationship_cost VALUES(11,2024,'sales_manager_pay',62429);
INSERT INTO relationship_cost VALUES(11,2025,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(11,2025,'delivery',92440);
INSERT INTO relationship_cost VALUES(11,2025,'sales_manager_pay',76627);
INSERT INTO relationship_cost VALUES(17,2023,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(17,2023,'delivery',2236);
INSERT INTO relationship_cost VALUES(17,2023,'sales_manager_pay',16490);
INSERT INTO relationship_cost VALUES(17,2023,'store_staff_bonus',745);
INSERT INTO relationship_cost VALUES(17,2023,'unsold_returns',373);
INSERT INTO relationship_cost VALUES(17,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(17,2024,'delivery',23422);
INSERT INTO relationship_cost VALUES(17,2024,'sales_manager_pay',30615);
INSERT INTO relationship_cost VALUES(17,2024,'store_staff_bonus',7807);
INSERT INTO relationship_cost VALUES(17,2024,'unsold_returns',3904);
INSERT INTO relationship_cost VALUES(17,2025,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(17,2025,'delivery',7326);
INSERT INTO relationship_cost VALUES(17,2025,'sales_manager_pay',19884);
INSERT INTO relationship_cost VALUES(17,2025,'store_staff_bonus',2442);
INSERT INTO relationship_cost VALUES(17,2025,'unsold_returns',1221);
INSERT INTO relationship_cost VALUES(18,2023,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(18,2023,'delivery',2529);
INSERT INTO relationship_cost VALUES(18,2023,'sales_manager_pay',16686);
INSERT INTO relationship_cost VALUES(18,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(18,2024,'delivery',11467);
INSERT INTO relationship_cost VALUES(18,2024,'sales_manager_pay',22645);
INSERT INTO relationship_cost VALUES(18,2025,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(18,2025,'delivery',6498);
INSERT INTO relationship_cost VALUES(18,2025,'sales_manager_pay',19332);
INSERT INTO relationship_cost VALUES(20,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(20,2024,'delivery',5453);
INSERT INTO relationship_cost VALUES(20,2024,'sales_manager_pay',18635);
INSERT INTO relationship_cost VALUES(28,2023,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(28,2023,'delivery',11773);
INSERT INTO relationship_cost VALUES(28,2023,'sales_manager_pay',22848);
INSERT INTO relationship_cost VALUES(36,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(36,2024,'delivery',20599);
INSERT INTO relationship_cost VALUES(36,2024,'sales_manager_pay',28733);
INSERT INTO relationship_cost VALUES(36,2024,'store_staff_bonus',6866);
INSERT INTO relationship_cost VALUES(36,2024,'unsold_returns',3433);
INSERT INTO relationship_cost VALUES(36,2025,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(36,2025,'delivery',23209);
INSERT INTO relationship_cost VALUES(36,2025,'sales_manager_pay',30472);
INSERT INTO relationship_cost VALUES(36,2025,'store_staff_bonus',7736);
INSERT INTO relationship_cost VALUES(36,2025,'unsold_returns',3868);
INSERT INTO relationship_cost VALUES(37,2024,'database_upkeep',4000);
INSERT INTO relationship_cost VALUES(37,2024,'delivery',21155);
INSERT INTO relationship_cost VALUES(37,2024,'sales_manager_pay',29104);
CREATE TABLE churn_reason (
    code           TEXT PRIMARY KEY,
    label          TEXT NOT NULL,
    benchmark_low  REAL,
    benchmark_high REAL
) WITHOUT ROWID;
INSERT INTO churn_reason VALUES('lack_of_attention','Lack of attention and interest from the maker and the trade',65.0,70.0);
INSERT INTO churn_reason VALUES('lower_prices','Lower prices elsewhere',9.0,10.0);
INSERT INTO churn_reason VALUES('moved','Moved home or work, or the transport route or cost changed',4.0,5.0);
INSERT INTO churn_reason VALUES('other','Other',NULL,NULL);
INSERT INTO churn_reason VALUES('owner_change','Change of owner',NULL,NULL);
INSERT INTO churn_reason VALUES('partner_incompatibility','Inability to work with the firm''s partners',14.0,15.0);
INSERT INTO churn_reason VALUES('purchasing_manager_change','Change of purchasing manager',NULL,NULL);
INSERT INTO churn_reason VALUES('renovation','Renovation or temporary closure',NULL,NULL);
CREATE TABLE churn_record (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    churned_on        INTEGER NOT NULL,
    reason_code       TEXT NOT NULL REFERENCES churn_reason (code),
    details           TEXT NOT NULL DEFAULT '',
    win_back_attempts INTEGER NOT NULL DEFAULT 0 CHECK (win_back_attempts >= 0),
    outcome           TEXT NOT NULL DEFAULT 'none' CHECK (outcome IN ('none', 'pending', 'won_back', 'failed'))
);
INSERT INTO churn_record VALUES(1,4,20126,'lack_of_attention','',1,'failed');
INSERT INTO churn_record VALUES(2,8,20007,'lack_of_attention','',0,'none');
INSERT INTO churn_record VALUES(3,20,19991,'partner_incompatibility','',0,'none');
INSERT INTO churn_record VALUES(4,28,19781,'moved','',1,'failed');
INSERT INTO churn_record VALUES(5,33,19955,'lack_of_attention','',0,'none');
INSERT INTO churn_record VALUES(6,38,20083,'lack_of_attention','',1,'failed');
CREATE TABLE ladder_override (
    customer_id INTEGER PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    stage       TEXT NOT NULL CHECK (stage IN ('prospect', 'customer', 'client', 'supporter', 'advocate', 'partner')),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    set_on      INTEGER NOT NULL,
    set_by      TEXT NOT NULL DEFAULT ''
);
CREATE TABLE customer_event (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('merge', 'erasure', 'export')),
    customer_id       INTEGER NOT NULL,
    other_customer_id INTEGER,
    happened_at       INTEGER NOT NULL, -- Unix seconds
    done_by           TEXT NOT NULL DEFAULT '',
    details           TEXT NOT NULL DEFAULT ''
);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','customer_search','customer_search',0,'CREATE VIRTUAL TABLE customer_search USING fts5 (
    name, contacts, tags, people,
    tokenize = ''unicode61 remove_diacritics 2'',
    prefix = ''2 3''
)');
CREATE TABLE IF NOT EXISTS 'customer_search_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO customer_search_data VALUES(1,X'28814e8438668341');
INSERT INTO customer_search_data VALUES(10,X'000000000101050001010105');
INSERT INTO customer_search_data VALUES(137438953473,X'00000e9902303001080101040602023030030601030e1f0601010b0406383233313637220601010f030133260601010b0406343438363132260601010f030138150601010b0406333338333236150601010f020231301a0601010b04063330363439351a0601010f030134090601010d030138210601010b0406333430333230210601010f030139010601010b020601010c0406333138353834010601010f020232310f0601010c030133140601010c030135120601031d0406383231303937120601032102023335240601010d0301380a0601010d02023433240601032d0406303632393036240601033102023535240601010c0301381c0601031f02023632240601032e02023731070601010c030132010601031f0a06010320030134120601010b0406363331363736120601010f030138040601030d080601010d0406323334323239040601031104063837313137310c0601011102023835190601010d02023937120601031f0301380e0601010d050601010d010231300b08010104060301340d0601010d030136280601010e02023132010601032f02023230090601010b120601010c0406353839303134090601010f030132180601010d030133050601031d1a0601010d04063538313334390506010321030139250601031f02023336270601010d04063330343532352706010111030138060601030d0406353939313737060601031102023434140601030e030139230601010c02023535230601010d020136110801010406030131250601031d040634323231323925060103210301321c0601010c030137220601010d030138020601010e030139250601032d040631393134353125060103310201371208010104060301310c0601010f030137060601030f0301391f0601010c02023836160601010b060601010d0406383731383034160601010f020139140801010406030131250601032e030132030601030d04063030303832390306010311030135010601031e01013203080101040602023131030601010d02023239040601030f02023334040601030e02023439060601010c02023530080601031f110601010c0301341c0601031e030135180601010b0406323638313232180601010f02023638180601010c0201371c0801010406030131190601010b0406323530303835190601010f030134110601031d0406363532363134110601032102023835120601030e030137040601010c02023933080601030e010133040801010406020230321c0601030e030134270601010e030135080601010d0301361a0601010c02023132170601010d030133080601010c030138010601010c02023230210601010d0301330d0601010b04063530333130340d0601010f030136150601010d030139030601031e1d0601010c02023337280601010d04063130363934372806010111030138150601010c02023430210601010c030135240601031e0301380a0601010b04063830333033380a0601010f030139050601031f020135240801010406020136250801010406030133050601030e0301341c0601010b04063136323138361c0601010f030136250601030d0406373736383133250601031102023733240601030f0301351d0601010b04063938363737371d0601010f030136110601030d0406393832383932110601031102023830040601030c070601010a040601010a030601030c070601010a030601010a090601032c04093037383233343232390406010310040931363931393134353125060103300409323731323530303835190601010e04093336343136323138361c0601010e0409363330323835383630120601031004093733323032313631330f0601010e04093931313733393535380b0601010e030131080601031d0406363538323530080601032102023937010601033e0a0601031f010134050801010406020230301e0601010c030138240601031d0406333435343230240601032102023132020601010f030139130601010c02023230240601031f030132130601010b120601031e0406343139303938130601010f02023330010601033f020134010c01010a01031c010601010c060601010a030601031d010601010c100801030c12090601010a020601010c010601010c0309303139333138353834010601010e040837383837313137310c06010110030131100601010c0408333633303435323527060101100309333337313036393437280601011003093436313139353037320106010320030935373331363834313202060101100309363139353438363139250601010e03093730313330323830301c06010310030138260601010c040833353235343035381c0601032004083537333133333035080601010e03093931383339373037320b0601032102023531250601032f030134170601010c020136010601030c030601010a010601030c010601031c010601010a040601030c050601010a010601010a060601010a030601010a070601010a030801031c1203093031303330363439351a0601010e050738333430333230210601010e040834333036323930362406010330030131010601031d0406313935303732010601032103093430383334353432302406010320030135200601010d040833323630313735300b0601031004083639303731393038070601010e030136110601010d04083031323837373536040601010e04083134333633363736050601031004083237393234383437010601031004083337343431383933100601010e04083630393132343636110601010e0309373935343534333132170601010e03093935313730323835390606010320020138010801032c12020e01010a01030c12020601010a010601030c020801030c12010601010a010601010a030601010a010601010a030601030c010c01010a01031c010601010a010601010a070601010a020601010a020601010a030601010a020c01010a01030c010801030c12010601010a0309303030383233313637220601010e050733343438363132260601010e04083235383231303937120601032004083734363331363736120601010e030131030601031f180601010b04063132303936311b0601010f04083230353839303134090601010e04083338353939313737060601031004083631343232313239250601032004083932303030383239030601031003093332333530333130340d0601010e040834383830333033380a0601010e040836363737363831332506010310040837353938363737371d0601010e05073639383238393211060103100408383136353832353008060103200309343232343139303938130601010e040838313132303936311b0601010e040839333536313039380e0601010e0507343630333131320106010330050738303535303335240601010e0309353439363436363838050601010e04083535303139323131030601010e030936393139393433373324060103100309373131303233383537140601010e03093830383137393132331f0601010e04083733333239343831030601032004083933323933353834080601031003093932343339373433300106010340020239330e0601010b04063536313039380e0601010f030134010601032d040636303331313201060103310301351a0601010d030138240601010b0406303535303335240601010f010135060801010406020230330d0601010c02023235270601010f020233320b0601030d04063630313735300b0601031102023438250601010c030139050601010b0406363436363838050601010f02023535030601010b0406303139323131030601010f0301380b0601010d020236310e0601010c030139070601010b0406303731393038070601010f02023733020601010d0406313638343132020601011102023831050601031e030134010601010d070601030f030139060601010d030601010c02023939060601030e0103363031040601010b070601030e0406323837373536040601010f030133010601032e02023132260601010d0301330f0601010d030134050601030d0c0601031f04063336333637360506010311030139250801010b040406353438363139250601010f02023237010601030d0406393234383437010601031102023330120601030d04063238353836301206010311030131120601010c030133060601010b0406323439353839060601010f030137100601010b0406343431383933100601010f020234301e0601010b04063430303731391e0601010f030136050601010c02023532110601031e030138080601031e02023630110601010b0406393132343636110601010f02023736050601030f0d0601010d02023838050601010d02023931240601030d04063939343337332406010311010137050601031c010601010a020801010406090601031c030601030c010601010a010601010a020601010a060601010a020601010a030601010a0209303038333338333236150601010e0301311c0601030d04063330323830301c06010311030132060601031e02023131140601010b0406303233383537140601010f03083233353831333439050601032003083836383731383034160601010e0301391e0601010d0209323535323638313232180601010e030837343635323631341106010320020233320f0601010b04063032313631330f0601010f0301390b0601010c020235300b0601030f030136040601010d0209363333323439353839060601010e030834303430303731391e0601010e02023736250601030e0301371d0601010d03083831313439313535230601010e02023831230601010b0406313439313535230601010f02093932393134343835351406010310030135170601010b040731333239343635200601010e0406343534333132170601010f01033830301c0601030f0301330a0601010c030134160601010d0301381f0601010b04063137393132331f0601010f02023133250601030f02023231120601031e030133220601010c030139030601030f020233351c0601031d04063235343035381c0601032102023437010601030f02023535140601030f030137080601010b0c0601010d0406333133333035080601010f030139060601031f02023630120601030f04090e0d080d080d090d08080d0d0d0908080d0908090d090809090d080d0d0d0d09090d0a0808090e0d080d0d08090d080d09080909080d080808080d090808080e0d0908080d0809090909090e08080d0909080d080d090809090908080809080809080d080d090d080908080d08090908080d080d09080d080d2710101010101010080d0e0909080d0908090d0d0934100f080f1010101010080f0f10090840100e0f080d10080f0f080f0f0f0f0f101074100e0f0f0d0d0f0f0f0f100f0f0f0e0f100f0f0e0e100f1010100f0f10090d080d08080d090909090d09080d090d0809080d090d090d0d090f0d0809080d0d090d090d090d08080d080d090d080908090d0e09090d3b10080d08090d0f0f08100f090d080908100f09080f090d10080e0d0a0808080d09090808090d09090d0d08');
INSERT INTO customer_search_data VALUES(137438953474,X'00000f0304303837310c0601010e0a0601010c030133030601031d0406333239343831030601032102023932110601030f030133080601030d080601010d040632393335383408060103110103393036240601032f030138070601010d020231310b0601010b04063733393535380b0601010f030132110601010c0301380b0601031e04063339373037320b0601032202023234010801030e3104063339373433300106010341030139140601030d0406313434383535140601031102023437280601010f02023531060601031d1a0601010b0406333239343635200601010f04063730323835390606010321020236311b0601010d02023832110601030e0301361d0601010c02023934240601030e010161240405060208676e6965737a6b61010a0103320406020a0103120406030a0103020406080a0401010206030a0103020406010a010312040602086e64657273736f6e240a010323040604037269790f080101020603080103040603026e61010a0103220406040a01030204061f0a010312040602027361070a0401010206090c0204010102060a0c020401010206010662616c746963060c0205010103060e0c020801010306020b6f6e646172656e6b6f323419080101030602047269656e0b060103141d04040503036f776e1c1001030304060c04060203756c6b030601020205060102030506010205080601020403060102020406010204090601020502060102050104636172640e06010204150601020404060102040306746572696e6702060102040e0601020301060102040b0601020202016f0208010105070a08010105071b08010105070108010105070304666665650a060102020b0601020301060102050206010205050601020202060102030206010202030772706f726174651306010202070601020204060102020109646162726f77736b611f040304050a01030304060a0233301f0801010306090169250a0103130406020b656c69636174657373656e2504030505047665727902060102060406010203080601020603060102060506010203050601020302086973636f756e74730c0601020404060102040906010202060601020204060102020409747269627574696f6e01040305030403050204030502056d6974727911080103140604080101020601080101020602056e6970726f050c0206010103060105656c656e6120080101020602036d6d610c0c0204010102071b0c020401010207020372696b240a0103220406020576656e74730406010202080601020303060102020306010202040601020404060102030b06010204020678616d706c65011c01010506010307060e060e060e06010801010407011401010506010307060e0601100101050601030706011401010506010307060e06011401010506010307060e06021401010506010307060e06031401010506010307060f06010801010407051401010506010307060e06011401010506010307060e0602100101050601030706081401010506010307060e06081801010506010307060e060e06011801010506010307060e060e06020801010407010801010407030570726573730206010205040601020208060102050306010205050601020205060102020105666f6f64731c04030501056769667473130601020306060102040e060102020204726163650b0a010312050604036e6974240c02060101030601026862040404050d04040502056f74656c7314040308100403060307757365686f6c640702030702030a02030302030502030202030102030106696e67726964060a0103120406050a0103020406020376616e05080103140605046f76323318080101030601016a03040506020405060204616d6573280c02050101020702046f68616e010a0103020406060473736f6e210403040a02333221080101030601086b616d696e736b69080a0103030406030372696e210c02040101020604056c73736f6e010a0103030406050a010313040614040304090232351a080101030603077461727a796e61240a0103020406020c02040101020602076f77616c736b61030a010313040602097261766368756b31340f080101030601046c617273170c02040101020602066562656465760508010315060803613331200801010306030977616e646f77736b61010a01033304060d02050c0231330e08010103060b01690e020202066f79616c74790e06010203150601020304060102030202746401040405070404050205756b61737a08080103040601080101020601080101020603036d656e110c02050101030601046d61696c15080101040601080101040602080101040606080101040602080101040603080101040603086c676f727a61746108080103140615080101020602080101020606080103040603037269611408010304060309c582676f727a6174610806010312150402040204020406060103020205656c6e796b0408010305060e0801030506030672696469616e250c02050101030602066f726f7a6f761108010315060802333423080101030601076e6174616c79611e0801010206020265740f08010105060a0801010506030877736c657474657205060102020106010205050601020203060102021a060102030206696c73736f6e050a010303040602040205040a01030304060c0403040d0a01031304060802323217080101030608013607080101030602056f72646963030c020601010306050c020501010306030377616b130403040602313813080101030601016f0b0601031307080603070302080603070314040305020462657267100403040602313510080101030603047269656e0b08010316060702333928080101030702056c69766572020c02040101020705026961010a01031204061b0a01030204060205726465727303060102030506010204050601020608060102050306010203040601020509060102060206010206070130010801010206070231300b08010102060801361108010102060801371208010102060801391408010102060701320308010102060801371c0801010206070133040801010206080135240801010206080136250801010206070134050801010206070135060801010206070137080801010206030567616e696301060102030606010202030601020302060102020303696f6e040c0205010103060e0c0208010103060a0c0205010103060107706172746e65720114010306060e060e060e06020c010306060e06010801030606010c010306060e06010c010306060e06020c010306060e06030c010306060f06060c010306060e06010c010306060e06020801030606080c010306060e060810010306060e060e060110010306060e060e06030377656c0d08010102060608010102060502c5820d040204060402040204696f7472030a010302040602016c0908010105060108010105060308010105060108010105060508010105060808010105060208010105060208010105060308010105060408010105060301632504040502056f637a7461090801010406010801010406030801010406010801010406050801010406080801010406020801010406020801010406030801010406040801010406020672656d69756d01060102020c0601020303060102020406010202030601020201060102040106010203060601020503060102020406010202010672657461696c0b04030502017515080101050601080101050602080101050606080101050602080101050603080101050601017324040406020165070801010506090801010506070801010506030801010506070801010506030661736f6e616c0206010203040601020403060102021306010203040601020205060102030304726765791808010102060b080101020602096865766368656e6b6f25080103250602086d69726e6f763230150801010306080161140801030506040274680c040304060231310c080101030702056f706869651c0a010312040602017003040406020404060d040408020404080207766974616e6f6b0b0c02050101030602087a796d616e736b61060a01030304060b0a0103030406010a0103130406090169220402050a023333220801010306010574617261730408010304062108010324060304796c6f72010a01031304060204656c696107080101040609080101040607080101040603080101040607080101040602056f6d61737a220a0401010206030a0103120406020472616465030403060f0403080102756b0208010106070a08010106071b08010106070108010106070301720f08010104060a08010104060105766567616e0b060102030206010204040601020304060102020f0601020202076f6c6b6f76323116080101030607036132391e0801010306010977686f6c6573616c650504030603040305090403050205696c736f6e02040304250403040701310208010103070702333827080101030703026e6502060102020606010202050601020204060102020d0601020301060102040106010203050601020203060102020308736e696577736b61080a0103130406150403040b0232381d08010103060a0169090403040b013809080101030602056f6a63696b0a0403041c040304070233372608010103060701390a080101030603057a6e69616b010a0103230406020a01030304060a040304080231320d0801010306010679756c69696119080101020601017a12040508020405080205656e697468010c020501010306020869656c696e736b611b02050a0a01030304060a0232361b08010103060901691b020202046f6669611b0a04010102060107c582756b61737a08060103020104020401040204010cd0b0d0bdd0b4d180d196d0b90f04020403060103020401be060404050213b1d0bed0bdd0b4d0b0d180d0b5d0bdd0bad0be19040304020bb2d0bed0bbd0bad0bed0b2160403040d02d0b01e040304020db4d0bcd0b8d182d180d0b8d0b9110601031204040204010402040209b5d0bbd0b5d0bdd0b02002040207b8d0b2d0b0d0bd05060103120904d0bed0b218040205020dbad180d0b0d0b2d187d183d0ba0f040304020dbbd0b5d0b1d0b5d0b4d0b5d0b205060103131b02020f02d0b02002050209bcd0b0d180d0b8d18f1406010302040bb5d0bbd18cd0bdd0b8d0ba04060103030e06010303040bbed180d0bed0b7d0bed0b2110601031312040205020dbdd0b0d182d0b0d0bbd18cd18f1e040204010cd181d0b5d180d0b3d0b5d0b91802040b0204040bbcd0b8d180d0bdd0bed0b215040304040f080d090d0d0a08090d08080d0a0d080d090e0d0d0909080907341111191b18130f0f2d151c1b2918160a0a11242317190f0d150c2a8140250b160d0d0c0f1e160b0c0b0e0d0a0a110d190a1810110e0e0b150a06170c190d2a220b1d13100e0a0f1023250a0917090a180a0a0c0a0f122f090a09090909090909090909091b1d75110c0d3f07433a0c2707212612111009080a0e13111f070a130d24150e1c0f200f0b170f090a31150a07090f0a09190a0e0b0f140a060d1617071911081c0e0e0a1317071017161314');
INSERT INTO customer_search_data VALUES(137438953475,X'00000f301130d181d0bcd0b8d180d0bdd0bed0b2d0b01406010303020982d0b0d180d0b0d181040601030221060103220403bed0b20b04040511040405020f88d0b5d0b2d187d0b5d0bdd0bad0be250601032302078ed0bbd196d18f190402040003313030030601030e120801010b060d0801010b06040801010b06020131010801010b06020601010c060601010d110801010b06070801010b060201320f0601010c030801031d06020601010c0201330a0601010d1a0601010d020134240801032d060201351c0601031f080601010c020136240601032e020137010601031f030801030d06030601010c0406010320010801010d06060801010b06020138190601010d0201390e0601010d040601031f010601010d010231300b0801010406020601010d1b0601010e020131010601032f020132050801031d06040801010b060f0601010d030601010c040601010d060601031f020133060801030d06210801010d06020134140601030e0f0601010c020135230601010d020136020601010e0f08010104060b0601010c060601010d030c01031d060e06020137060601030f060601010f0608010104060d0601010c020138160801010b06060601010d020139010601031e020801030d06110801010406110601032e01023231030601010d020132040601030f020133040601030e020134060601010c020135080601031f100801010b06010601010c030601031e020136180601010c020137110801031d06080801010b06030801010406020138040601010c0e0601030e020139080601030e01023330080601010d120601010c020601030e0b0601010e020131010601010c070601010c0f0601010d020132030601031e0a0801010b06080601010d0b0601010c010601010d020133150601010c130801010d06020134050601031f050801010b06170601010c030601031e020135240801010406020136050601030e170801010b0609100101040601030d06020137110801030d060c0801010b06070601030f020138040801030c06040801031d06030801010a06040801010a06030801030c06070801010a06030801010a06090801032c06020139010601033e0a0601031f010234301e0601010c060801031d06020131020601010f110601010c020132130801010b06110601031f010601031e020133010601033f020134011001010a0601031c06010801010c06060801010a06030801031d06010801010c06040601010c0c0c01030c060e06090801010a06010601010c010801010c06010801010c06020135170601010c0e0601032f020136010c01030c060f06030801010a06010801030c06010801031c06010801010a06040801030c06050801010a06010a01010a0503060801010a06030801010a06060601010d010801010a06030c01031c060e06020138010c01032c060e06021601010a0601030c060e0503020801010a06010801030c06020c01030c060e06010801010a06010801010a06030801010a06010801010a06030801030c06011001010a0601031c06010801010a06010801010a06070c01010a030503020801010a06020801010a06030801010a06021001010a0601030c06010c01030c060e06010801010a06020139010801032d060d0801010b060c0601010d0a0801010b06010235300d0601010c020132270601010f0201330b0801030d06020134050801010b06200601010c020135030801010b06080601010d020136070801010b06070601010c020137020801010d06020138010601010d040601031e010601010d020601030f010601010c020139060601030e01023630010601032e030801010b06070601030e020131050801030d060a0601010d020601031f140a01010b0404010601010d020132010801030d06020133060801010b060a0801010b06020e01010c01030d06020134050601010c190801010b06020135080601031e090601031e020136110801010b06020137050601030f0d0601010d020138050601010d020139240801030d0601023730060601031e0f0601010e070801030d0602013105060103200f0801010b06020601010e080601010d0201321106010320070601010e0201330b0601010c040801010b06020135040601010d070601030f020136060601010e180601010e0201371d0601010d060601010e020601030e020138230801010b060201391406010310030801010b06090601010e010238300a0601010c0c0601010d060601030f030801010b06020131250601030f020132030601030f0f0601031e100601010c0201331c0801031d06020134010601030f020135060601031f020801010b060c0c01010d01030f020136120601030f020137030801031d06090601010e0a0601010c020139080801030d06080601010d010601030f01023930070601010d1d0601032f0201310b1001010b0601031e06060601010c020132010a01030e3106130801030d06020134280601010f020135060801031d061a0801010b060201361b0601010d020138110601030e0c0601010c020139240601030e01026167010a0103320406020a0103120406030a0103020406080a0401010206030a0103020406010a010312040602016e010a0103220406040a01030204060a0801010206030801030406121001031204060d0406020173070a0401010206090c0204010102060a0c02040101020601026261060c0205010103060e0c02080101030602016f1908010103060201720b06010314111001030304060c04060c040405020175030601020205060102030506010205080601020403060102020406010204090601020502060102050102636102060102040c06010204020601020301060102040b060102020706010204040601020402016f0208010105070806010202020801010507070601020202060102030106010205020601020502060102020306010202010601020201060102030206010202060801010507010801010507010264611f0c030401010306050a0103030406010a01031304060201650206010206040601020308060102060306010206050601020305060102030a0403050201690104030503040305020403050606010204040601020409060102020606010202040601020202016d11080103140604080101020601080101020602016e050c0206010103060102656c20080101020602016d0c0c0204010102071b0c020401010207020172240a01032204060201760406010202080601020303060102020306010202040601020404060102030b06010204020178011c01010506010307060e060e060e06010e01010407010205011401010506010307060e0601100101050601030706011401010506010307060e06011a01010506010202010307060e06021401010506010307060e06031401010506010307060f060108010104070206010205031a01010506010205010307060e06011401010506010307060e060210010105060103070602060102020506010202011401010506010307060e06081801010506010307060e060e06011801010506010307060e060e060208010104070108010104070102666f1c04030501026769130601020306060102040e060102020201720b0a0103120506190c02060101030601026862040404050d04040502016f07020307020306040308040203030203050203020203010203010403060102696e060a0103120406050a010302040602017605080103140613080101030601026a61280c02050101020702016f010a0103020406200c03040101030601026b61010a0103030406050a0103130406020a0103030406120c030401010306070c020401010206030a0103020406020c02040101020602016f030a01031304060201720f080101030601026c61170c020401010206020165010a0103330406040801031506090c02050101030612080101030602016f0e06010203150601020304060102030201740104040507040405020175080801030406010801010206010801010206070c02050101030601026d61080a01031204060c0801030406010801010406010801010406020801010406050c020401010206010801010406010c020401010206010801010406030801010406020a01030204060201650408010305060e0801030506130c02050101030602016f11080103150612080101030601026e611e080101020602016505060102020106010205050601020203060102020108010105060a08010105060f06010203020169050a0103030406020c020501010306040a01030304060c0c0304010103060d0a010313040602016f030c020601010306050c0205010103060b0c03040101030601026f620b0801031606050c03040101030618080101030702016c010a0103120406010c0204010102071a0a0103020406020172010e01010206010203020e01010206010203011002050101020305030108010102060108010102060106010202010e01010206010204020601020301080101020601060102020106010206040801010206011002080101020305030208010102060106010205030601020304160205010102030503010205080801010206010e010102060102060206010206010270610114010306060e060e060e06020c010306060e06010801030606010c010306060e06010c010306060e06020c010306060e06030c010306060f06020c020401010206040c010306060e06010c010306060e06010c020401010206010801030606080c010306060e060810010306060e060e060110010306060e060e06020169030a010302040602016c0908010105060108010105060308010105060108010105060508010105060808010105060208010105060208010105060308010105060304040501080101050602016f09080101040601080101040603080101040601080101040605080101040608080101040602080101040602080101040603080101040604080101040602017201060102020c0601020303060102020406010202030601020201060102040106010203060601020503060102020406010202010272650b0403050201751508010105060108010105060208010105060608010105060208010105060308010105060102736502060102030406010204010801010506020601020207080101050607080101050601080101020602080101050602060102030406010202010801010506020801010206020601020302016825080103250602016d0c0c03040101030708080103050601080101030602016f1c0a010312040602017003040406020404060d040408020404080201760b0c02050101030602017a060a01030304060b0a0103030406010a0103130406100c0205010103060417150d160d1c1f130d090d082408121408230f0d0820180e19090808081808150d0818121d0e18091814330d0f0d1308490d5581121a0908090e0e0e091c08141f09180e0d090d080914180d0e0d0d1209131908120908160813130e1210080f080d082e271a1409162b274d1a2528150b0a130a2681530813120c20120f0c12380a090c1e120b1d4c170f0a28281b1819810f81000a433f3508274c09170a130b');
INSERT INTO customer_search_data VALUES(137438953476,X'00000eb603317461010a010313040603080103040621080103240602016507080101040609080101040607080101040603080101040607080101040602016f220a0401010206030a0103120406020172030403060f0403080102756b0208010106070a08010106070308010104060a08010104060e0801010607010801010607010276650b060102030206010204040601020304060102020f0601020202016f16080101030608080101030601027768050403060304030509040305020169021203040101030701020206100102020103130406010c030401010306040601020204060102020c0c0304010103060106010203010601020401060102030506010202020c030401010307010601020202016f010a0103230406020a0103030406070c030401010306030c030401010306190c0304010103060102797519080101020601027a65010c0205010103060201691b0c0205010103060a0a010303040602016f1b0a04010102060103c58275080601030201040204010402040104d0b0d0bd0f04020403060103020401be060404050203b1d0be190403040203b2d0be16040304080403040203b4d0bc110601031204040204010402040203b5d0bb2002040203b8d0b20506010312130402050203bad1800f0403040203bbd0b505060103131b0402050203bcd0b014060103020401b504060103030e060103030401be1106010313120402050203bdd0b01e0402040104d181d0b51802040b02040401bc140601030301040304020382d0b0040601030221060103220401be0b04040511040405020388d0b5250601032302038ed0bb19040204000432303030030601030e1f0801010b06030133260801010b06030138150801010b06020231301a0801010b06030134090601010d030138210801010b06030139010801010b06020601010c020232310f0601010c030133140601010c030135120801031d0602023335240601010d0301380a0601010d02023433240801032d0602023535240601010c0301381c0601031f02023632240601032e02023731070601010c030132010601031f0a06010320030134120801010b06030138040801030d06080801010d0602023835190601010d02023937120601031f0301380e0601010d050601010d01033130340d0601010d030136280601010e02023132010601032f02023230090801010b06120601010c030132180601010d030133050801031d061a0601010d030139250601031f02023336270801010d06030138060801030d0602023434140601030e030139230601010c02023535230601010d02023631250801031d060301321c0601010c030137220601010d030138020601010e030139250801032d06020237310c0601010f030137060601030f0301391f0601010c02023836160801010b06060601010d02023931250601032e030132030801030d06030135010601031e0103323131030601010d02023239040601030f02023334040601030e02023439060601010c02023530080601031f110601010c0301341c0601031e030135180801010b0602023638180601010c02023731190801010b06030134110801031d0602023835120601030e030137040601010c02023933080601030e01033330321c0601030e030134270601010e030135080601010d0301361a0601010c02023132170601010d030133080601010c030138010601010c02023230210601010d0301330d0801010b06030136150601010d030139030601031e1d0601010c02023337280801010d06030138150601010c02023430210601010c030135240601031e0301380a0801010b06030139050601031f02023633050601030e0301341c0801010b06030136250801030d0602023733240601030f0301351d0801010b06030136110801030d0602023830040801030c06070801010a06040801010a06030801030c06070801010a06030801010a06090801032c06030131080801031d0602023937010601033e0a0601031f01033430301e0601010c030138240801031d0602023132020601010f030139130601010c02023230240601031f030132130801010b06120601031e02023330010601033f02023430010601010e0b06010110030131100601010c1706010110030133280601011003013401060103200301350206010110030136250601010e0301371c06010310030138080601010e14060103200a0601010c0301390b0601032102023531250601032f030134170601010c020236301a0601010e070601010e0306010330030131010801031d060301342406010320030135070601010e0406010310150601010d0301360106010310030601010e01060103100b0601010e010801010d03030137170601010e030139060601032002023830120c01010e010320100601010e040601010e0301310308010310110306010310030601010e120801010b060a060103200301330806010320020601010e030601010e04060103100c0601010e080601031003013401060103300d0601010e050601010e080601010e090601010e030135030601010e020601010e0301362406010310030137140601010e03013803060103200506010310170601010e0301390106010340020239330e0801010b06030134010801032d060301351a0601010d030138240801010b0601033530330d0601010c02023235270601010f020233320b0801030d0602023438250601010c030139050801010b0602023535030801010b060301380b0601010d020236310e0601010c030139070801010b0602023733020801010d0602023831050601031e030134010601010d070601030f030139060601010d030601010c02023939060601030e0103363031040801010b06070601030e030133010601032e02023132260601010d0301330f0601010d030134050801030d060c0601031f030139250a01010b040402023237010801030d0602023330120801030d06030131120601010c030133060801010b06030137100801010b06020234301e0801010b06030136050601010c02023532110601031e030138080601031e02023630110801010b0602023736050601030f0d0601010d02023838050601010d02023931240801030d060103373030150601010e0301311c0801030d06030132060601031e02023131140801010b060301320506010320030138160601010e0301391e0601010d02023235180601010e0301371106010320020233320f0801010b060301390b0601010c020235300b0601030f030136040601010d02023633060601010e0301341e0601010e02023736250601030e0301371d0601010d030138230601010e02023831230801010b06020239321406010310030135170801010b06090601010e01033830301c0601030f0301330a0601010c030134160601010d0301381f0801010b0602023133250601030f02023231120601031e030133220601010c030139030601030f020233351c0801031d0602023437010601030f02023535140601030f030137080801010b060c0601010d030139060601031f02023630120601030f020237310c0601010e0a0601010c030133030801031d0602023932110601030f030133080801030d06080601010d0103393036240601032f030138070601010d020231310b0801010b06030132110601010c0301380b0801031e0602023234010a01030e3106030139140801030d0602023437280601010f02023531060801031d061a0801010b06020236311b0601010d02023832110601030e0301361d0601010c02023934240601030e010361676e010a0103320406020a0103120406030a0103020406080a0401010206030a0103020406010a010312040602026e640f0801010206030801030406120a010323040603016e010a0103220406040a01030204061f0a010312040602027361070a0401010206090c0204010102060a0c020401010206010362616c060c0205010103060e0c02080101030602026f6e190801010306020272690b060103141d04040503016f1c1001030304060c04060202756c0306010202050601020305060102050806010204030601020204060102040906010205020601020501036361720e060102041506010204040601020403017402060102040e0601020301060102040b0601020202026f660a060102020b060102030106010205020601020505060102020206010203020601020203017213060102020706010202040601020201036461621f0c030401010306050a0103030406010a01031304060202656c0206010206040601020308060102060306010206050601020305060102030a040305020269730104030503040305020403050606010204040601020409060102020606010202040601020202026d6911080103140604080101020601080101020602026e69050c0206010103060103656c6520080101020602026d6d0c0c0204010102071b0c02040101020702027269240a0103220406020276650406010202080601020303060102020306010202040601020404060102030b0601020402027861011c01010506010307060e060e060e06010801010407011401010506010307060e0601100101050601030706011401010506010307060e06011401010506010307060e06021401010506010307060e06031401010506010307060f06010801010407051401010506010307060e06011401010506010307060e0602100101050601030706081401010506010307060e06081801010506010307060e060e06011801010506010307060e060e060208010104070108010104070301700206010205040601020208060102050306010205050601020205060102020103666f6f1c0403050103676966130601020306060102040e06010202020272610b0a0103120506190c0206010103060103686f7414040308100403060301750702030702030a02030302030502030202030102030103696e67060a0103120406050a01030204060202766105080103140613080101030601036a616d280c02050101020702026f68010a0103020406200c03040101030601036b616d080a0103030406030172010a0103030406050a0103130406140c030401010306070c020401010206030174240a0103020406020c02040101020602026f77030a0103130406020272610f080101030601036c6172170c020401010206020265620508041721110b281d0f1053290a0c120a120f07090d12080e090e0a0d0c090c0c0f0b0a091109090a08090e09080909080a090809090d090f09090d0a08090f080e080a090908090a080808090908080f0909080a0909090e0809090a090908090a0808080908080909080d0a08090809080909090909092e090e0a090908090e090e0d080808080812080908130908121d0808161e211c0d080812080a0908090a090a09090a0809090a090d0d09100809080e0a0a0a0809090a0809080a0e090a0a09080a08080809080a08090809080908080a090e0a080809090908080a09090e08090e09090e0a080a08090b090910090908092f17181b150a0d0d2c141727121b2629160c0b140b27813c210914130d1813100d130c21120b0a0d');
INSERT INTO customer_search_data VALUES(137438953477,X'000806630103150620080101030604326c6577010a01033304060d0c02050101030602026f790e06010203150601020304060102030202746401040405070404050202756b08080103040601080101020601080101020603016d110c02050101030601036d616915080101040601080101040602080101040606080101040602080101040603080101040603016c0808010314061508010102060208010102060608010304060301721408010304060302c5820806010312150402040204020406060103020202656c0408010305060e0801030506030172250c02050101030602026f7211080103150612080101030601036e61741e0801010206020265740f08010105060a080101050603017705060102020106010205050601020203060102021a060102030202696c050a0103030406020c020501010306040a01030304060c0c0304010103060d0a010313040602026f72030c020601010306050c020501010306030177130c03040101030601036f6265100c0304010103060301720b08010316061d080101030702026c69010a0103120406010c0204010102071a0a010302040602027264010801010206020e01010206010203010801010206010801010206010801010206020e01010206010204030801010206020601020604080101020601080101020602080101020601060102050306010203040e01010206010205080801010206010e0101020601020602060102060301670106010203060601020203060102030206010202030169040c0205010103060e0c0208010103060a0c02050101030601037061720114010306060e060e060e06020c010306060e06010801030606010c010306060e06010c010306060e06020c010306060e06030c010306060f06060c010306060e06010c010306060e06020801030606080c010306060e060810010306060e060e060110010306060e060e060301770d0c020401010206060c0204010102060202696f030a010302040602026c632504040502026f630908010104060108010104060308010104060108010104060508010104060808010104060208010104060208010104060308010104060408010104060202726501060102020c060102030306010202040601020203060102020106010204010601020306060102050306010202040601020201037265740b04030501037365610206010203040601020403060102021306010203040601020205060102030301721808010102060b08010102060202686525080103250602026d690c0c03040101030708080103050601080101030602026f701c0a0103120406020276690b0c02050101030602027a79060a01030304060b0a0103030406010a0103130406100c0205010103060103746172040801030406210801032406030179010a01031304060202656c07080101040609080101040607080101040603080101040607080101040602026f6d220a0401010206030a010312040602027261030403060f0403080103756b720f08010104060a080101040601037665670b060102030206010204040601020304060102020f0601020202026f6c160801010306080801010306010377686f0504030603040305090403050202696c020c030401010307250c03040101030703016e02060102020606010202050601020204060102020d060102030106010204010601020305060102020306010202030173080a0103130406010c030401010306140c03040101030602026f6a0a0c0304010103061c0c03040101030603017a010a0103230406020a01030304060a0c030401010306010379756c19080101020601037a656e010c020501010306020269651b0c0205010103060a0a010303040602026f661b0a04010102060104c582756b080601030201040204010402040106d0b0d0bdd0b40f04020403060103020205b1d0bed0bd190403040205b2d0bed0bb16040304080403040205b4d0bcd0b8110601031204040204010402040205b5d0bbd0b52002040205b8d0b2d0b00506010312130402050205bad180d0b00f0403040205bbd0b5d0b105060103131b0402050205bcd0b0d18014060103020403b5d0bb04060103030e060103030403bed1801106010313120402050205bdd0b0d1821e0402040106d181d0b5d1801802040b02040403bcd0b8140601030301040304020582d0b0d180040601030221060103220403bed0b20b04040511040405020588d0b5d0b2250601032302058ed0bbd196190402040e14130c160b291b0916100b100b101c29140b0d0f1a72171b71130b08403609230f0a180b0c21110a22120c111e101114301a14190b0d130b13110b0f140a100b100c0f0e0b0e0e110d0c');
CREATE TABLE IF NOT EXISTS 'customer_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO customer_search_idx VALUES(1,X'',2);
INSERT INTO customer_search_idx VALUES(1,X'303837',4);
INSERT INTO customer_search_idx VALUES(1,X'30d181d0bcd0b8d180d0bdd0bed0b2d0',6);
INSERT INTO customer_search_idx VALUES(1,X'3174',8);
INSERT INTO customer_search_idx VALUES(1,X'326c6577',10);
CREATE TABLE IF NOT EXISTS 'customer_search_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);
INSERT INTO customer_search_content VALUES(1,'Zenith Distribution Ltd Zenith Distribution Ltd','orders0@zenith-0.example orders0@zenith-0.example  +44 019 318 584 44019318584 019318584','premium organic','Johan Karlsson johan.karlsson@partner.example johan.karlsson@partner.example  +46 627 924 847 46627924847 627924847 Olivia Taylor olivia.taylor@partner.example olivia.taylor@partner.example  +44 461 195 072 44461195072 461195072 Anna Woźniak anna.wozniak@partner.example anna.wozniak@partner.example  +48 494 603 112 48494603112 494603112 Agnieszka Lewandowska agnieszka.lewandowska@partner.example agnieszka.lewandowska@partner.example  +48 924 397 430 48924397430 924397430');
INSERT INTO customer_search_content VALUES(2,'Oliver Wilson Oliver Wilson','oliver.wilson1@example.co.uk oliver.wilson1@example.co.uk  +44 573 168 412 44573168412 573168412','wine seasonal catering express-delivery',NULL);
INSERT INTO customer_search_content VALUES(3,'Nordic Trade sp.j. Nordic Trade sp.j.','orders2@nordic-2.example orders2@nordic-2.example  +48 555 019 211 48555019211 555019211','bulk-orders','Piotr Woźniak piotr.wozniak@partner.example piotr.wozniak@partner.example  +48 192 000 829 48192000829 192000829 Agnieszka Kowalska agnieszka.kowalska@partner.example agnieszka.kowalska@partner.example  +48 873 329 481 48873329481 873329481');
INSERT INTO customer_search_content VALUES(4,'Orion Distribution HB Orion Distribution HB','orders3@orion-3.example orders3@orion-3.example  +46 601 287 756 46601287756 601287756','events','Тарас Мельник taras.melnyk@partner.example taras.melnyk@partner.example  +380 078 234 229 380078234229 078234229');
INSERT INTO customer_search_content VALUES(5,'Dnipro Wholesale sp.j. Dnipro Wholesale sp.j.','orders4@dnipro-4.example orders4@dnipro-4.example  +48 549 646 688 48549646688 549646688','newsletter','Anna Nilsson anna.nilsson@partner.example anna.nilsson@partner.example  +46 614 363 676 46614363676 614363676 Иван Лебедев ivan.lebedev@partner.example ivan.lebedev@partner.example  +7 123 581 349 7123581349 123581349');
INSERT INTO customer_search_content VALUES(6,'Baltic Distribution АО Baltic Distribution АО','orders5@baltic-5.example orders5@baltic-5.example  +7 633 249 589 7633249589 633249589','express-delivery seasonal newsletter','Agnieszka Szymańska agnieszka.szymanska@partner.example agnieszka.szymanska@partner.example  +48 138 599 177 48138599177 138599177 Ingrid Karlsson ingrid.karlsson@partner.example ingrid.karlsson@partner.example  +46 951 702 859 46951702859 951702859');
INSERT INTO customer_search_content VALUES(7,'Nilsson household Åsa Nilsson','asa.nilsson6@telia.se asa.nilsson6@telia.se  +46 569 071 908 46569071908 569071908','organic',NULL);
INSERT INTO customer_search_content VALUES(8,'Nordic Wholesale Ltd Nordic Wholesale Ltd','orders7@nordic-7.example orders7@nordic-7.example  +44 857 313 305 44857313305 857313305','wine bulk-orders','Łukasz Kamiński lukasz.kaminski@partner.example lukasz.kaminski@partner.example  +48 893 293 584 48893293584 893293584 Małgorzata Wiśniewska malgorzata.wisniewska@partner.example malgorzata.wisniewska@partner.example  +48 381 658 250 48381658250 381658250');
INSERT INTO customer_search_content VALUES(9,'Łukasz Wiśniewski Łukasz Wiśniewski','lukasz.wisniewski8@poczta.pl lukasz.wisniewski8@poczta.pl  +48 120 589 014 48120589014 120589014','seasonal',NULL);
INSERT INTO customer_search_content VALUES(10,'Łukasz Wójcik Łukasz Wójcik','lukasz.wojcik9@poczta.pl lukasz.wojcik9@poczta.pl  +48 348 803 038 48348803038 348803038','coffee organic',NULL);
INSERT INTO customer_search_content VALUES(11,'Svitanok Retail ТОВ Svitanok Retail ТОВ','orders10@svitanok-10.example orders10@svitanok-10.example  +380 911 739 558 380911739558 911739558','newsletter vegan','Ingrid Nilsson ingrid.nilsson@partner.example ingrid.nilsson@partner.example  +46 532 601 750 46532601750 532601750 Grace O''Brien grace.obrien@partner.example grace.obrien@partner.example  +44 918 397 072 44918397072 918397072');
INSERT INTO customer_search_content VALUES(12,'Emma Smith Emma Smith','emma.smith11@example.co.uk emma.smith11@example.co.uk  +44 078 871 171 44078871171 078871171','organic events discounts',NULL);
INSERT INTO customer_search_content VALUES(13,'Paweł Woźniak Paweł Woźniak','pawel.wozniak12@poczta.pl pawel.wozniak12@poczta.pl  +48 323 503 104 48323503104 323503104','wine premium vegan bulk-orders',NULL);
INSERT INTO customer_search_content VALUES(14,'Lewandowski household Agnieszka Lewandowska','agnieszka.lewandowska13@poczta.pl agnieszka.lewandowska13@poczta.pl  +48 493 561 098 48493561098 493561098','newsletter loyalty-card express-delivery',NULL);
INSERT INTO customer_search_content VALUES(15,'Андрій Кравчук Андрій Кравчук','andriy.kravchuk14@ukr.net andriy.kravchuk14@ukr.net  +380 732 021 613 380732021613 732021613','events',NULL);
INSERT INTO customer_search_content VALUES(16,'Åsa Öberg Åsa Öberg','asa.oberg15@telia.se asa.oberg15@telia.se  +46 637 441 893 46637441893 637441893','premium catering discounts',NULL);
INSERT INTO customer_search_content VALUES(17,'Lumen Wholesale HB Lumen Wholesale HB','orders16@lumen-16.example orders16@lumen-16.example  +46 660 912 466 46660912466 660912466','wine vegan catering express-delivery','Agnieszka Szymańska agnieszka.szymanska@partner.example agnieszka.szymanska@partner.example  +48 376 982 892 48376982892 376982892 Дмитрий Морозов dmitry.morozov@partner.example dmitry.morozov@partner.example  +7 274 652 614 7274652614 274652614');
INSERT INTO customer_search_content VALUES(18,'Orion Trade Sp. z o.o. Orion Trade Sp. z o.o.','orders17@orion-17.example orders17@orion-17.example  +48 074 631 676 48074631676 074631676','events','Андрій Мельник andriy.melnyk@partner.example andriy.melnyk@partner.example  +380 630 285 860 380630285860 630285860 Agnieszka Szymańska agnieszka.szymanska@partner.example agnieszka.szymanska@partner.example  +48 025 821 097 48025821097 025821097');
INSERT INTO customer_search_content VALUES(19,'Paweł Nowak Paweł Nowak','pawel.nowak18@poczta.pl pawel.nowak18@poczta.pl  +48 422 419 098 48422419098 422419098','corporate gifts',NULL);
INSERT INTO customer_search_content VALUES(20,'Baltic Hotels Sp. z o.o. Baltic Hotels Sp. z o.o.','orders19@baltic-19.example orders19@baltic-19.example  +48 711 023 857 48711023857 711023857','premium','Мария Смирнова maria.smirnova@partner.example maria.smirnova@partner.example  +7 929 144 855 7929144855 929144855');
INSERT INTO customer_search_content VALUES(21,'Дмитрий Смирнов Дмитрий Смирнов','dmitry.smirnov20@mail.ru dmitry.smirnov20@mail.ru  +7 008 338 326 7008338326 008338326','vegan coffee bulk-orders',NULL);
INSERT INTO customer_search_content VALUES(22,'Дмитрий Волков Дмитрий Волков','dmitry.volkov21@mail.ru dmitry.volkov21@mail.ru  +7 186 871 804 7186871804 186871804','express-delivery events coffee',NULL);
INSERT INTO customer_search_content VALUES(23,'Lars Nilsson Lars Nilsson','lars.nilsson22@telia.se lars.nilsson22@telia.se  +46 795 454 312 46795454312 795454312','premium',NULL);
INSERT INTO customer_search_content VALUES(24,'Иванов household Сергей Иванов','sergey.ivanov23@mail.ru sergey.ivanov23@mail.ru  +7 255 268 122 7255268122 255268122','bulk-orders premium coffee',NULL);
INSERT INTO customer_search_content VALUES(25,'Юлія Бондаренко Юлія Бондаренко','yuliia.bondarenko24@ukr.net yuliia.bondarenko24@ukr.net  +380 271 250 085 380271250085 271250085','discounts premium gifts',NULL);
INSERT INTO customer_search_content VALUES(26,'Åsa Karlsson Åsa Karlsson','asa.karlsson25@telia.se asa.karlsson25@telia.se  +46 010 306 495 46010306495 010306495','corporate events',NULL);
INSERT INTO customer_search_content VALUES(27,'Zieliński household Zofia Zielińska','zofia.zielinska26@poczta.pl zofia.zielinska26@poczta.pl  +48 481 120 961 48481120961 481120961','express-delivery',NULL);
INSERT INTO customer_search_content VALUES(28,'Orion Foods ТОВ Orion Foods ТОВ','orders27@orion-27.example orders27@orion-27.example  +380 364 162 186 380364162186 364162186','catering seasonal bulk-orders','Olivia Brown olivia.brown@partner.example olivia.brown@partner.example  +44 701 302 800 44701302800 701302800 Sophie Brown sophie.brown@partner.example sophie.brown@partner.example  +44 835 254 058 44835254058 835254058');
INSERT INTO customer_search_content VALUES(29,'Małgorzata Wiśniewska Małgorzata Wiśniewska','malgorzata.wisniewska28@poczta.pl malgorzata.wisniewska28@poczta.pl  +48 375 986 777 48375986777 375986777','coffee',NULL);
INSERT INTO customer_search_content VALUES(30,'Наталья Волкова Наталья Волкова','natalya.volkova29@mail.ru natalya.volkova29@mail.ru  +7 640 400 719 7640400719 640400719','corporate wine',NULL);
INSERT INTO customer_search_content VALUES(31,'Małgorzata Dąbrowska Małgorzata Dąbrowska','malgorzata.dabrowska30@poczta.pl malgorzata.dabrowska30@poczta.pl  +48 808 179 123 48808179123 808179123','discounts coffee wine premium',NULL);
INSERT INTO customer_search_content VALUES(32,'Лебедев household Елена Лебедева','elena.lebedeva31@mail.ru elena.lebedeva31@mail.ru  +7 951 329 465 7951329465 951329465','seasonal wine',NULL);
INSERT INTO customer_search_content VALUES(33,'Karin Johansson Karin Johansson','karin.johansson32@telia.se karin.johansson32@telia.se  +46 018 340 320 46018340320 018340320','coffee',NULL);
INSERT INTO customer_search_content VALUES(34,'Szymański household Tomasz Szymański','tomasz.szymanski33@poczta.pl tomasz.szymanski33@poczta.pl  +48 000 823 167 48000823167 000823167','premium',NULL);
INSERT INTO customer_search_content VALUES(35,'Морозов household Сергей Морозов','sergey.morozov34@mail.ru sergey.morozov34@mail.ru  +7 781 149 155 7781149155 781149155','discounts loyalty-card',NULL);
INSERT INTO customer_search_content VALUES(36,'Granit Hotels S.A. Granit Hotels S.A.','orders35@granit-35.example orders35@granit-35.example  +48 498 055 035 48498055035 498055035','vegan','Katarzyna Dąbrowska katarzyna.dabrowska@partner.example katarzyna.dabrowska@partner.example  +48 691 994 373 48691994373 691994373 Anna Nilsson anna.nilsson@partner.example anna.nilsson@partner.example  +46 408 345 420 46408345420 408345420 Erik Andersson erik.andersson@partner.example erik.andersson@partner.example  +46 043 062 906 46043062906 043062906');
INSERT INTO customer_search_content VALUES(37,'Meridian Delicatessen plc Meridian Delicatessen plc','orders36@meridian-36.example orders36@meridian-36.example  +44 619 548 619 44619548619 619548619','wine seasonal events bulk-orders','Małgorzata Zielińska malgorzata.zielinska@partner.example malgorzata.zielinska@partner.example  +48 366 776 813 48366776813 366776813 Tomasz Dąbrowski tomasz.dabrowski@partner.example tomasz.dabrowski@partner.example  +48 161 422 129 48161422129 161422129 Тарас Шевченко taras.shevchenko@partner.example taras.shevchenko@partner.example  +380 169 191 451 380169191451 169191451');
INSERT INTO customer_search_content VALUES(38,'Katarzyna Wójcik Katarzyna Wójcik','katarzyna.wojcik37@poczta.pl katarzyna.wojcik37@poczta.pl  +48 003 448 612 48003448612 003448612','premium',NULL);
INSERT INTO customer_search_content VALUES(39,'Emma Wilson Emma Wilson','emma.wilson38@example.co.uk emma.wilson38@example.co.uk  +44 136 304 525 44136304525 136304525','gifts loyalty-card bulk-orders',NULL);
INSERT INTO customer_search_content VALUES(40,'James O''Brien James O''Brien','james.obrien39@example.co.uk james.obrien39@example.co.uk  +44 337 106 947 44337106947 337106947','wine newsletter',NULL);
CREATE TABLE IF NOT EXISTS 'customer_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO customer_search_docsize VALUES(1,X'060e0240');
INSERT INTO customer_search_docsize VALUES(2,X'04100500');
INSERT INTO customer_search_docsize VALUES(3,X'080e0220');
INSERT INTO customer_search_docsize VALUES(4,X'060e0110');
INSERT INTO customer_search_docsize VALUES(5,X'080e0120');
INSERT INTO customer_search_docsize VALUES(6,X'060e0420');
INSERT INTO customer_search_docsize VALUES(7,X'040e0100');
INSERT INTO customer_search_docsize VALUES(8,X'060e0320');
INSERT INTO customer_search_docsize VALUES(9,X'040e0100');
INSERT INTO customer_search_docsize VALUES(10,X'040e0200');
INSERT INTO customer_search_docsize VALUES(11,X'060e0221');
INSERT INTO customer_search_docsize VALUES(12,X'04100300');
INSERT INTO customer_search_docsize VALUES(13,X'040e0500');
INSERT INTO customer_search_docsize VALUES(14,X'040e0500');
INSERT INTO customer_search_docsize VALUES(15,X'040e0100');
INSERT INTO customer_search_docsize VALUES(16,X'040e0300');
INSERT INTO customer_search_docsize VALUES(17,X'060e0520');
INSERT INTO customer_search_docsize VALUES(18,X'0c0e0120');
INSERT INTO customer_search_docsize VALUES(19,X'040e0200');
INSERT INTO customer_search_docsize VALUES(20,X'0c0e0110');
INSERT INTO customer_search_docsize VALUES(21,X'040e0400');
INSERT INTO customer_search_docsize VALUES(22,X'040e0400');
INSERT INTO customer_search_docsize VALUES(23,X'040e0100');
INSERT INTO customer_search_docsize VALUES(24,X'040e0400');
INSERT INTO customer_search_docsize VALUES(25,X'040e0300');
INSERT INTO customer_search_docsize VALUES(26,X'040e0200');
INSERT INTO customer_search_docsize VALUES(27,X'040e0200');
INSERT INTO customer_search_docsize VALUES(28,X'060e0420');
INSERT INTO customer_search_docsize VALUES(29,X'040e0100');
INSERT INTO customer_search_docsize VALUES(30,X'040e0200');
INSERT INTO customer_search_docsize VALUES(31,X'040e0400');
INSERT INTO customer_search_docsize VALUES(32,X'040e0200');
INSERT INTO customer_search_docsize VALUES(33,X'040e0100');
INSERT INTO customer_search_docsize VALUES(34,X'040e0100');
INSERT INTO customer_search_docsize VALUES(35,X'040e0300');
INSERT INTO customer_search_docsize VALUES(36,X'080e0130');
INSERT INTO customer_search_docsize VALUES(37,X'060e0530');
INSERT INTO customer_search_docsize VALUES(38,X'040e0100');
INSERT INTO customer_search_docsize VALUES(39,X'04100500');
INSERT INTO customer_search_docsize VALUES(40,X'06100200');
CREATE TABLE IF NOT EXISTS 'customer_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO customer_search_config VALUES('version',4);
CREATE TABLE assessment (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    component   TEXT NOT NULL CHECK (component IN ('patronage', 'commitment', 'perceived_quality', 'perceived_value', 'sacrifices', 'alternatives_known', 'customer_bonds')),
    assessed_on INTEGER NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    note        TEXT NOT NULL DEFAULT '',
    assessed_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE anonymous_sale (
    id            INTEGER PRIMARY KEY,
    occurred_on   INTEGER NOT NULL,
    channel       TEXT NOT NULL CHECK (channel IN ('point_of_sale', 'phone', 'email', 'event', 'meeting', 'web_form', 'advertising', 'chat', 'social_network', 'mail', 'other')),
    revenue       INTEGER NOT NULL,
    margin        INTEGER,
    reference     TEXT NOT NULL DEFAULT '',
    line_count    INTEGER NOT NULL DEFAULT 0 CHECK (line_count >= 0),
    customer_text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE campaign (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT NOT NULL,
    goal                   TEXT NOT NULL DEFAULT '',
    offer                  TEXT NOT NULL CHECK (offer IN ('discount', 'reward', 'invitation', 'win_back', 'information', 'other')),
    offer_text             TEXT NOT NULL DEFAULT '',
    channel                TEXT NOT NULL CHECK (channel IN ('point_of_sale', 'phone', 'email', 'event', 'meeting', 'web_form', 'advertising', 'chat', 'social_network', 'mail', 'other')),
    control_percent        INTEGER NOT NULL CHECK (control_percent BETWEEN 5 AND 50),
    stratification         TEXT NOT NULL CHECK (stratification IN ('none', 'four_group', 'ladder_stage', 'churn_status')),
    seed                   INTEGER NOT NULL,
    window_days            INTEGER NOT NULL CHECK (window_days BETWEEN 1 AND 365),
    cost_per_contact       INTEGER NOT NULL DEFAULT 0 CHECK (cost_per_contact >= 0),
    exclude_contacted_days INTEGER NOT NULL DEFAULT 0 CHECK (exclude_contacted_days BETWEEN 0 AND 365),
    target                 TEXT NOT NULL DEFAULT '',
    created_by             TEXT NOT NULL DEFAULT '',
    launched_on            INTEGER
);
INSERT INTO campaign VALUES(1,'Loyalty reward for regular customers','Raise repeat purchases of the customers who consent to offers','reward','A voucher worth 10 % of the next order, valid for 30 days','email',20,'none',3933601989233641,30,120,0,'customers who consent to marketing','',20149);
INSERT INTO campaign VALUES(2,'Newsletter: spring collection','Invite customers to see the new collection','invitation','An invitation to the spring collection on the website','email',20,'none',2598169485368480,30,120,0,'customers who consent to marketing','',20194);
CREATE TABLE campaign_member (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    control     INTEGER NOT NULL CHECK (control IN (0, 1)),
    stratum     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;
INSERT INTO campaign_member VALUES(1,1,0,0);
INSERT INTO campaign_member VALUES(1,7,1,0);
INSERT INTO campaign_member VALUES(1,9,0,0);
INSERT INTO campaign_member VALUES(1,10,0,0);
INSERT INTO campaign_member VALUES(1,11,1,0);
INSERT INTO campaign_member VALUES(1,12,0,0);
INSERT INTO campaign_member VALUES(1,13,0,0);
INSERT INTO campaign_member VALUES(1,14,0,0);
INSERT INTO campaign_member VALUES(1,15,0,0);
INSERT INTO campaign_member VALUES(1,17,0,0);
INSERT INTO campaign_member VALUES(1,18,1,0);
INSERT INTO campaign_member VALUES(1,24,0,0);
INSERT INTO campaign_member VALUES(1,25,0,0);
INSERT INTO campaign_member VALUES(1,27,0,0);
INSERT INTO campaign_member VALUES(1,30,1,0);
INSERT INTO campaign_member VALUES(1,31,0,0);
INSERT INTO campaign_member VALUES(1,32,0,0);
INSERT INTO campaign_member VALUES(1,35,0,0);
INSERT INTO campaign_member VALUES(1,36,0,0);
INSERT INTO campaign_member VALUES(1,37,0,0);
INSERT INTO campaign_member VALUES(1,40,0,0);
INSERT INTO campaign_member VALUES(2,1,1,0);
INSERT INTO campaign_member VALUES(2,7,1,0);
INSERT INTO campaign_member VALUES(2,9,0,0);
INSERT INTO campaign_member VALUES(2,10,0,0);
INSERT INTO campaign_member VALUES(2,11,0,0);
INSERT INTO campaign_member VALUES(2,12,0,0);
INSERT INTO campaign_member VALUES(2,13,0,0);
INSERT INTO campaign_member VALUES(2,14,0,0);
INSERT INTO campaign_member VALUES(2,15,1,0);
INSERT INTO campaign_member VALUES(2,17,0,0);
INSERT INTO campaign_member VALUES(2,18,0,0);
INSERT INTO campaign_member VALUES(2,24,0,0);
INSERT INTO campaign_member VALUES(2,25,0,0);
INSERT INTO campaign_member VALUES(2,27,0,0);
INSERT INTO campaign_member VALUES(2,30,0,0);
INSERT INTO campaign_member VALUES(2,31,0,0);
INSERT INTO campaign_member VALUES(2,32,0,0);
INSERT INTO campaign_member VALUES(2,35,0,0);
INSERT INTO campaign_member VALUES(2,36,0,0);
INSERT INTO campaign_member VALUES(2,37,0,0);
INSERT INTO campaign_member VALUES(2,40,1,0);
CREATE TABLE service_level (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL UNIQUE,
    rank                  INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 1000),
    abc_classes           INTEGER NOT NULL DEFAULT 0 CHECK (abc_classes BETWEEN 0 AND 7),
    four_groups           INTEGER NOT NULL DEFAULT 0 CHECK (four_groups BETWEEN 0 AND 15),
    stages                INTEGER NOT NULL DEFAULT 0 CHECK (stages BETWEEN 0 AND 63),
    churn_statuses        INTEGER NOT NULL DEFAULT 0 CHECK (churn_statuses BETWEEN 0 AND 15),
    min_value_percentile  INTEGER NOT NULL DEFAULT 0 CHECK (min_value_percentile BETWEEN 0 AND 99),
    entitlement           TEXT NOT NULL DEFAULT '',
    contact_interval_days INTEGER NOT NULL CHECK (contact_interval_days BETWEEN 1 AND 730)
);
INSERT INTO service_level VALUES(1,'Win-back',1,3,0,0,12,0,'A special offer for a valuable customer who recently left; find the reason at once',14);
INSERT INTO service_level VALUES(2,'Key',2,1,0,0,0,0,'Special rewards, preventive contact, preferences tracked',30);
INSERT INTO service_level VALUES(3,'Regular',3,2,0,0,0,0,'Incentives for regular purchases',60);
INSERT INTO service_level VALUES(4,'Occasional',4,0,0,0,0,0,'Standard service',180);
CREATE TABLE service_level_change (
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    since       INTEGER NOT NULL,
    level_id    INTEGER REFERENCES service_level (id) ON DELETE SET NULL,
    level_name  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (customer_id, since)
) WITHOUT ROWID;
INSERT INTO service_level_change VALUES(1,20269,2,'Key');
INSERT INTO service_level_change VALUES(2,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(3,20269,3,'Regular');
INSERT INTO service_level_change VALUES(4,20269,1,'Win-back');
INSERT INTO service_level_change VALUES(5,20269,2,'Key');
INSERT INTO service_level_change VALUES(6,20269,3,'Regular');
INSERT INTO service_level_change VALUES(7,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(8,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(9,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(10,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(11,20269,2,'Key');
INSERT INTO service_level_change VALUES(12,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(13,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(14,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(15,20269,3,'Regular');
INSERT INTO service_level_change VALUES(16,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(17,20269,2,'Key');
INSERT INTO service_level_change VALUES(18,20269,2,'Key');
INSERT INTO service_level_change VALUES(19,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(20,20269,1,'Win-back');
INSERT INTO service_level_change VALUES(21,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(22,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(23,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(24,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(25,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(26,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(27,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(28,20269,1,'Win-back');
INSERT INTO service_level_change VALUES(29,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(30,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(31,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(32,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(33,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(34,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(35,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(36,20269,2,'Key');
INSERT INTO service_level_change VALUES(37,20269,1,'Win-back');
INSERT INTO service_level_change VALUES(38,20269,1,'Win-back');
INSERT INTO service_level_change VALUES(39,20269,4,'Occasional');
INSERT INTO service_level_change VALUES(40,20269,4,'Occasional');
CREATE TABLE customer_score (
    customer_id     INTEGER PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    score_stage     TEXT CHECK (score_stage IN ('prospect', 'customer', 'client', 'supporter', 'advocate', 'partner')),
    score_group     INTEGER CHECK (score_group BETWEEN 0 AND 4), -- 0: no purchase in the window
    score_churn     TEXT CHECK (score_churn IN ('active', 'at_risk', 'lapsed', 'lost')),
    score_alive_ppm INTEGER CHECK (score_alive_ppm BETWEEN 0 AND 1000000), -- P(alive) in millionths
    score_value     INTEGER, -- predicted lifetime value, minor units
    score_level     INTEGER
);
INSERT INTO customer_score VALUES(1,'partner',1,'active',929259,340514,2);
INSERT INTO customer_score VALUES(2,'client',2,'at_risk',755163,5764,4);
INSERT INTO customer_score VALUES(3,'partner',1,'active',855904,773800,3);
INSERT INTO customer_score VALUES(4,'partner',1,'lost',57589,12500,1);
INSERT INTO customer_score VALUES(5,'client',1,'active',929739,494101,2);
INSERT INTO customer_score VALUES(6,'partner',1,'at_risk',850396,411910,3);
INSERT INTO customer_score VALUES(7,'customer',0,NULL,NULL,NULL,4);
INSERT INTO customer_score VALUES(8,'client',1,'lost',52599,3659,4);
INSERT INTO customer_score VALUES(9,'advocate',1,'active',939992,26696,4);
INSERT INTO customer_score VALUES(10,'customer',4,'lapsed',1000000,46023,4);
INSERT INTO customer_score VALUES(11,'partner',1,'active',948932,3881484,2);
INSERT INTO customer_score VALUES(12,'customer',0,NULL,NULL,NULL,4);
INSERT INTO customer_score VALUES(13,'supporter',4,'active',924896,6840,4);
INSERT INTO customer_score VALUES(14,'client',2,'active',956135,14439,4);
INSERT INTO customer_score VALUES(15,'client',2,'active',965050,121519,3);
INSERT INTO customer_score VALUES(16,'client',2,'active',903330,37336,4);
INSERT INTO customer_score VALUES(17,'client',1,'active',930777,488398,2);
INSERT INTO customer_score VALUES(18,'client',1,'active',874709,309544,2);
INSERT INTO customer_score VALUES(19,'customer',0,'lapsed',1000000,21546,4);
INSERT INTO customer_score VALUES(20,'client',1,'lost',20702,3220,1);
INSERT INTO customer_score VALUES(21,'customer',0,'lapsed',1000000,10405,4);
INSERT INTO customer_score VALUES(22,'customer',0,'lapsed',1000000,26574,4);
INSERT INTO customer_score VALUES(23,'client',4,'lapsed',738790,4324,4);
INSERT INTO customer_score VALUES(24,'customer',4,'lapsed',1000000,34044,4);
INSERT INTO customer_score VALUES(25,'client',3,'active',937154,21805,4);
INSERT INTO customer_score VALUES(26,'customer',4,'lapsed',1000000,40748,4);
INSERT INTO customer_score VALUES(27,'customer',4,'active',1000000,278820,4);
INSERT INTO customer_score VALUES(28,'client',0,'lost',10633,1577,1);
INSERT INTO customer_score VALUES(29,'client',4,'active',950356,5493,4);
INSERT INTO customer_score VALUES(30,'client',2,'active',871912,19083,4);
INSERT INTO customer_score VALUES(31,'client',3,'active',905558,52265,4);
INSERT INTO customer_score VALUES(32,'client',4,'at_risk',695694,10306,4);
INSERT INTO customer_score VALUES(33,'client',0,'lost',613528,8650,4);
INSERT INTO customer_score VALUES(34,'client',0,'lapsed',410315,1568,4);
INSERT INTO customer_score VALUES(35,'client',3,'active',936355,14606,4);
INSERT INTO customer_score VALUES(36,'partner',1,'at_risk',762359,847258,2);
INSERT INTO customer_score VALUES(37,'client',1,'lapsed',112378,47866,1);
INSERT INTO customer_score VALUES(38,'client',2,'lost',1,0,1);
INSERT INTO customer_score VALUES(39,'customer',0,NULL,NULL,NULL,4);
INSERT INTO customer_score VALUES(40,'client',2,'active',888340,44330,4);
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 VALUES('churn_record','churn_record_by_reason','6 2');
INSERT INTO sqlite_stat1 VALUES('churn_record','churn_record_by_customer','6 1');
INSERT INTO sqlite_stat1 VALUES('relationship_cost','relationship_cost','79 7 4 1');
INSERT INTO sqlite_stat1 VALUES('partnership','partnership_by_customer','8 2');
INSERT INTO sqlite_stat1 VALUES('partnership',NULL,'36');
INSERT INTO sqlite_stat1 VALUES('contact_person','contact_person_by_customer','28 3');
INSERT INTO sqlite_stat1 VALUES('contact_point','contact_point_match','136 68 1');
INSERT INTO sqlite_stat1 VALUES('contact_point','contact_point_by_person','56 2');
INSERT INTO sqlite_stat1 VALUES('contact_point','contact_point_by_owner','136 4 2 1 1');
INSERT INTO sqlite_stat1 VALUES('customer_tag','customer_tag_by_tag','85 6 1');
INSERT INTO sqlite_stat1 VALUES('customer_tag','customer_tag','85 3 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_by_purchases','40 3 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_by_margin','40 1 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_by_revenue','40 1 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_by_last_contact','40 2 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_by_acquired','40 1 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_by_owner','40 4 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_by_segment','40 4 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_by_kind','40 14 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_by_name','40 1 1');
INSERT INTO sqlite_stat1 VALUES('customer','customer_external_ref','40 1');
INSERT INTO sqlite_stat1 VALUES('consent','consent_by_customer','68 2');
INSERT INTO sqlite_stat1 VALUES('episode','episode_purchases','284 8 1 1 1 1');
INSERT INTO sqlite_stat1 VALUES('episode','episode_by_customer','564 15 1 1');
INSERT INTO sqlite_stat1 VALUES('episode','episode_by_date','564 2 1');
INSERT INTO sqlite_stat1 VALUES('episode','episode_open_follow_ups','2 1');
INSERT INTO sqlite_stat1 VALUES('episode','episode_by_contact','273 17');
INSERT INTO sqlite_stat1 VALUES('task','task_open_by_due','3 2');
INSERT INTO sqlite_stat1 VALUES('task','task_by_customer','3 1');
CREATE UNIQUE INDEX customer_external_ref ON customer (external_ref) WHERE external_ref IS NOT NULL;
CREATE INDEX contact_person_by_customer ON contact_person (customer_id);
CREATE INDEX contact_point_by_owner ON contact_point (customer_id, contact_person_id, kind, position);
CREATE INDEX contact_point_by_person ON contact_point (contact_person_id) WHERE contact_person_id IS NOT NULL;
CREATE INDEX contact_point_match ON contact_point (kind, normalized);
CREATE UNIQUE INDEX customer_tag_by_tag ON customer_tag (tag, customer_id);
CREATE INDEX consent_by_customer ON consent (customer_id);
CREATE INDEX episode_by_contact ON episode (contact_person_id) WHERE contact_person_id IS NOT NULL;
CREATE INDEX episode_open_follow_ups ON episode (follow_up_on) WHERE follow_up_on IS NOT NULL AND follow_up_done = 0;
CREATE INDEX task_by_customer ON task (customer_id);
CREATE INDEX task_open_by_due ON task (due_on) WHERE done = 0;
CREATE INDEX partnership_by_customer ON partnership (partner_customer_id) WHERE partner_customer_id IS NOT NULL;
CREATE INDEX churn_record_by_customer ON churn_record (customer_id);
CREATE INDEX churn_record_by_reason ON churn_record (reason_code);
CREATE INDEX customer_event_by_customer ON customer_event (customer_id);
CREATE VIEW customer_search_source AS
SELECT c.id AS id,
       c.display_name || ' ' || c.legal_name AS name,
       (SELECT group_concat(p.value || ' ' || p.normalized || ' ' || p.search_terms, ' ') FROM contact_point p
         WHERE p.customer_id = c.id AND p.contact_person_id IS NULL) AS contacts,
       (SELECT group_concat(t.tag, ' ') FROM customer_tag t WHERE t.customer_id = c.id) AS tags,
       (SELECT group_concat(cp.name || ' ' || coalesce((SELECT group_concat(q.value || ' ' || q.normalized || ' ' || q.search_terms, ' ')
                 FROM contact_point q WHERE q.contact_person_id = cp.id), ''), ' ')
          FROM contact_person cp WHERE cp.customer_id = c.id) AS people
  FROM customer c;
CREATE VIEW episode_readable AS
SELECT e.id, e.customer_id, c.display_name AS customer, date(e.occurred_on * 86400, 'unixepoch') AS occurred_on,
       e.channel, e.kind, e.revenue / 100.0 AS revenue, e.margin / 100.0 AS margin, e.satisfaction, e.critical,
       e.owner, e.notes, date(e.follow_up_on * 86400, 'unixepoch') AS follow_up_on, e.follow_up_done
  FROM episode e JOIN customer c ON c.id = e.customer_id;
CREATE INDEX customer_archived ON customer (archived_on, id) WHERE archived_on IS NOT NULL;
CREATE INDEX assessment_by_customer ON assessment (customer_id, assessed_on, id);
CREATE INDEX episode_cancels ON episode (cancels_episode_id) WHERE cancels_episode_id IS NOT NULL;
CREATE INDEX anonymous_sale_by_date ON anonymous_sale (occurred_on, id);
CREATE INDEX campaign_member_by_customer ON campaign_member (customer_id);
CREATE INDEX service_level_change_by_level ON service_level_change (level_id);
CREATE TRIGGER customer_score_row AFTER INSERT ON customer BEGIN
    INSERT OR REPLACE INTO customer_score (customer_id) VALUES (NEW.id);
END;
CREATE INDEX customer_by_name ON customer (name_sort_key, id);
CREATE INDEX customer_by_kind ON customer (kind, id);
CREATE INDEX customer_by_segment ON customer (segment, id);
CREATE INDEX customer_by_owner ON customer (owner, id);
CREATE INDEX customer_by_acquired ON customer (acquired_on, id);
CREATE INDEX customer_by_last_contact ON customer (last_contact_on, id);
CREATE INDEX customer_by_revenue ON customer (revenue_total, id);
CREATE INDEX customer_by_margin ON customer (margin_total, id);
CREATE INDEX customer_by_purchases ON customer (purchase_count, id);
CREATE INDEX customer_by_value ON customer_score (score_value, customer_id);
CREATE INDEX customer_by_alive ON customer_score (score_alive_ppm, customer_id);
CREATE INDEX customer_by_level ON customer_score (score_level, customer_id);
CREATE INDEX episode_by_date ON episode (occurred_on, id);
CREATE INDEX episode_by_customer ON episode (customer_id, occurred_on, id);
CREATE INDEX episode_purchases ON episode (customer_id, occurred_on, revenue, margin, kind) WHERE kind IN ('purchase', 'return');
CREATE INDEX episode_by_reference ON episode (customer_id, reference) WHERE reference <> '';
CREATE TRIGGER episode_totals_insert AFTER INSERT ON episode BEGIN
    UPDATE customer SET
        episode_count   = episode_count + 1,
        purchase_count  = purchase_count + (NEW.kind = 'purchase'),
        revenue_total   = revenue_total + coalesce(NEW.revenue, 0),
        margin_total    = margin_total + coalesce(NEW.margin, 0),
        last_contact_on = max(coalesce(last_contact_on, NEW.occurred_on), NEW.occurred_on)
    WHERE id = NEW.customer_id;
END;
CREATE TRIGGER episode_totals_delete AFTER DELETE ON episode BEGIN
    UPDATE customer SET
        episode_count   = episode_count - 1,
        purchase_count  = purchase_count - (OLD.kind = 'purchase'),
        revenue_total   = revenue_total - coalesce(OLD.revenue, 0),
        margin_total    = margin_total - coalesce(OLD.margin, 0),
        last_contact_on = (SELECT max(occurred_on) FROM episode WHERE customer_id = OLD.customer_id)
    WHERE id = OLD.customer_id;
END;
CREATE TRIGGER episode_totals_update AFTER UPDATE OF customer_id, kind, revenue, margin, occurred_on ON episode
BEGIN
    UPDATE customer SET
        episode_count   = episode_count - 1,
        purchase_count  = purchase_count - (OLD.kind = 'purchase'),
        revenue_total   = revenue_total - coalesce(OLD.revenue, 0),
        margin_total    = margin_total - coalesce(OLD.margin, 0)
    WHERE id = OLD.customer_id;
    UPDATE customer SET
        episode_count   = episode_count + 1,
        purchase_count  = purchase_count + (NEW.kind = 'purchase'),
        revenue_total   = revenue_total + coalesce(NEW.revenue, 0),
        margin_total    = margin_total + coalesce(NEW.margin, 0)
    WHERE id = NEW.customer_id;
    UPDATE customer SET last_contact_on = (SELECT max(occurred_on) FROM episode WHERE customer_id = customer.id)
    WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
PRAGMA writable_schema=OFF;
COMMIT;
