BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0009');
CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(100) NOT NULL, 
	action VARCHAR(40) NOT NULL, 
	subject VARCHAR(100) NOT NULL, 
	data TEXT NOT NULL, 
	CONSTRAINT pk_audit_log PRIMARY KEY (id)
);
INSERT INTO "audit_log" VALUES(1,'2026-11-28 03:59:36.333276','operator','issue','F-2026-00001','{"id":1,"total":{"d":"6.9400"},"customer":"1"}');
INSERT INTO "audit_log" VALUES(2,'2026-11-28 03:59:36.333276','operator','issue','F-2026-00002','{"id":2,"total":{"d":"87.9800"},"customer":"2"}');
INSERT INTO "audit_log" VALUES(3,'2026-11-28 03:59:36.333276','operator','issue','F-2026-00003','{"id":3,"total":{"d":"98.8000"},"customer":"3"}');
INSERT INTO "audit_log" VALUES(4,'2026-11-28 03:59:36.347292','operator','issue','F-2026-00004','{"id":4,"total":{"d":"36.2700"},"customer":"1"}');
INSERT INTO "audit_log" VALUES(5,'2026-11-28 03:59:36.347292','operator','issue','F-2026-00005','{"id":5,"total":{"d":"92.7800"},"customer":"2"}');
INSERT INTO "audit_log" VALUES(6,'2026-11-28 03:59:36.347292','operator','issue','F-2026-00006','{"id":6,"total":{"d":"149.1900"},"customer":"3"}');
INSERT INTO "audit_log" VALUES(7,'2026-11-28 03:59:36.369618','operator','issue','F-2026-00007','{"id":7,"total":{"d":"7.5000"},"customer":"1"}');
INSERT INTO "audit_log" VALUES(8,'2026-11-28 03:59:36.369618','operator','issue','F-2026-00008','{"id":8,"total":{"d":"80.3500"},"customer":"2"}');
INSERT INTO "audit_log" VALUES(9,'2026-11-28 03:59:36.369618','operator','issue','F-2026-00009','{"id":9,"total":{"d":"185.3800"},"customer":"3"}');
INSERT INTO "audit_log" VALUES(10,'2026-11-28 03:59:36.393117','operator','payment','F-2026-00001','{"amount":{"d":"5.00"},"paid_on":{"date":"2026-02-20"},"method":""}');
INSERT INTO "audit_log" VALUES(11,'2026-11-28 03:59:36.424871','operator','issue','R-2026-00001','{"id":10,"total":{"d":"-87.9800"},"customer":"2"}');
INSERT INTO "audit_log" VALUES(12,'2026-11-28 03:59:36.426145','operator','credit','R-2026-00001','{"invoice":"F-2026-00002","total":{"d":"-87.98"},"reason":"Lectura errónea"}');
INSERT INTO "audit_log" VALUES(13,'2026-11-28 03:59:36.438609','operator','issue','R-2026-00002','{"id":11,"total":{"d":"-11.0000"},"customer":"1"}');
INSERT INTO "audit_log" VALUES(14,'2026-11-28 03:59:36.438876','operator','credit','R-2026-00002','{"invoice":"F-2026-00004","total":{"d":"-11.00"},"reason":"Descuento"}');
CREATE TABLE company (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	tax_id VARCHAR(40) NOT NULL, 
	address TEXT NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	phone VARCHAR(60) NOT NULL, 
	logo_path TEXT NOT NULL, 
	bank_name VARCHAR(200) NOT NULL, 
	iban VARCHAR(60) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	locale VARCHAR(20) NOT NULL, 
	invoice_number_format VARCHAR(60) NOT NULL, 
	credit_note_number_format VARCHAR(60) NOT NULL, 
	payment_terms_days INTEGER NOT NULL, invoice_note TEXT DEFAULT '' NOT NULL, invoice_footer TEXT DEFAULT '' NOT NULL, paper_size VARCHAR(10) DEFAULT 'A4' NOT NULL, compare_with_peers BOOLEAN DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_company PRIMARY KEY (id)
);
CREATE TABLE "customers" (
	id INTEGER NOT NULL, 
	account VARCHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	tax_id VARCHAR(40) NOT NULL, 
	address TEXT NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	language VARCHAR(5) NOT NULL, 
	created_at DATETIME NOT NULL, 
	active BOOLEAN DEFAULT '1' NOT NULL, name_key VARCHAR(200) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_customers PRIMARY KEY (id), 
	CONSTRAINT uq_customers_account UNIQUE (account)
);
INSERT INTO "customers" VALUES(1,'1','Ana Ruiz','12345678Z','Calle Mayor 1','','es','2026-11-28 03:59:36.262802',1,'ana ruiz');
INSERT INTO "customers" VALUES(2,'2','John Smith','','High St 2','','en','2026-11-28 03:59:36.264244',1,'john smith');
INSERT INTO "customers" VALUES(3,'3','Marta Gil','','','','es','2026-11-28 03:59:36.265098',1,'marta gil');
CREATE TABLE imports (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	file_name VARCHAR(260) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	rows INTEGER NOT NULL, 
	accepted INTEGER NOT NULL, 
	duplicates INTEGER NOT NULL, 
	skipped INTEGER NOT NULL, 
	warnings INTEGER NOT NULL, 
	rejected INTEGER NOT NULL, 
	actor VARCHAR(100) NOT NULL, 
	at DATETIME NOT NULL, 
	undone_at DATETIME, 
	CONSTRAINT pk_imports PRIMARY KEY (id)
);
CREATE TABLE invoice_lines (
	id INTEGER NOT NULL, 
	invoice_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	meter_serial VARCHAR(40) NOT NULL, 
	charge VARCHAR(20) NOT NULL, 
	label VARCHAR(200) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	quantity BIGINT, 
	unit_price BIGINT, 
	amount BIGINT NOT NULL, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_invoice_lines PRIMARY KEY (id), 
	CONSTRAINT fk_invoice_lines_invoice_id_invoices FOREIGN KEY(invoice_id) REFERENCES invoices (id), 
	CONSTRAINT uq_invoice_lines_invoice_id UNIQUE (invoice_id, position)
);
INSERT INTO "invoice_lines" VALUES(1,1,0,'WM1','fixed','Cuota de servicio','fixed',NULL,NULL,44000,'{"details":{"amount":{"d":"6.50"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(2,1,1,'WM1','graduated','Consumo de agua','tier',67742,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"6.7742"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"10"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(3,1,2,'WM1','graduated','Consumo de agua','tier',12258,90000000,11000,'{"details":{"lower":{"d":"6.7742"},"upper":{"d":"16.9355"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(4,1,3,'WM1','graduated','Consumo de agua','tier_fee',NULL,NULL,8100,'{"details":{"lower":{"d":"6.7742"},"upper":{"d":"16.9355"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"flat_fee":{"d":"1.20"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(5,2,0,'EM1','fixed','Power','fixed',NULL,NULL,103600,'{"details":{"amount":{"d":"15.30"},"as_written":"Potencia"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(6,2,1,'EM1','volume','Energy','volume',800000,13000000,104000,'{"details":{"lower":{"d":"67.7419"},"upper":null,"block":2,"per_period_lower":{"d":"100"},"per_period_upper":null,"as_written":"Energía"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(7,2,2,'EM1','stairstep','Alquiler','stairstep',800000,NULL,16900,'{"details":{"lower":{"d":"33.871"},"upper":{"d":"338.7097"},"block":2,"per_period_lower":{"d":"50"},"per_period_upper":{"d":"500"},"price":{"d":"2.50"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(8,2,3,'EM1','per_unit','Peaje','per_unit',800000,1230000,9800,'{"details":{},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(9,2,4,'EM1','percentage','Electricity tax','percentage',NULL,NULL,10600,'{"details":{"rate":{"d":"5.11269632"},"base":{"d":"20.76"},"of":["Potencia","Energía"],"as_written":"Impuesto eléctrico"},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(10,2,5,'EM1','minimum','Mínimo','minimum',NULL,NULL,161600,'{"details":{"minimum":{"d":"40.65"},"so_far":{"d":"24.49"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(11,2,6,'WM2','fixed','Service charge','fixed',NULL,NULL,44000,'{"details":{"amount":{"d":"6.50"},"as_written":"Cuota de servicio"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(12,2,7,'WM2','graduated','Water use','tier',67742,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"6.7742"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"10"},"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(13,2,8,'WM2','graduated','Water use','tier',101613,90000000,91500,'{"details":{"lower":{"d":"6.7742"},"upper":{"d":"16.9355"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(14,2,9,'WM2','graduated','Water use','tier_fee',NULL,NULL,8100,'{"details":{"lower":{"d":"6.7742"},"upper":{"d":"16.9355"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"flat_fee":{"d":"1.20"},"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(15,2,10,'WM2','graduated','Water use','tier',130645,160000000,209000,'{"details":{"lower":{"d":"16.9355"},"upper":null,"block":3,"per_period_lower":{"d":"25"},"per_period_upper":null,"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(16,3,0,'EM2','fixed','Potencia','fixed',NULL,NULL,103600,'{"details":{"amount":{"d":"15.30"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(17,3,1,'EM2','volume','Energía','volume',200000,14500000,29000,'{"details":{"lower":{"d":"0"},"upper":{"d":"67.7419"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"100"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(18,3,2,'EM2','volume','Energía','tier_fee',NULL,NULL,13500,'{"details":{"lower":{"d":"0"},"upper":{"d":"67.7419"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"100"},"flat_fee":{"d":"2.00"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(19,3,3,'EM2','stairstep','Alquiler','stairstep',200000,NULL,6800,'{"details":{"lower":{"d":"0"},"upper":{"d":"33.871"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"50"},"price":{"d":"1.00"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(20,3,4,'EM2','per_unit','Peaje','per_unit',200000,1230000,2500,'{"details":{},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(21,3,5,'EM2','percentage','Impuesto eléctrico','percentage',NULL,NULL,7500,'{"details":{"rate":{"d":"5.11269632"},"base":{"d":"14.61"},"of":["Potencia","Energía"]},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(22,3,6,'EM2','minimum','Mínimo','minimum',NULL,NULL,243600,'{"details":{"minimum":{"d":"40.65"},"so_far":{"d":"16.29"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(23,3,7,'PR1','package','Impresión','package',30000,500000000,150000,'{"details":{"used":{"d":"260.00000000"},"free":{"d":"33.871"},"billable":{"d":"226.12900000"},"package_size":{"d":"100"},"free_per_period":{"d":"50"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(24,3,8,'PR1','package','Color','package',260000,100000000,260000,'{"details":{"used":{"d":"260.00000000"},"free":{"d":"0"},"billable":{"d":"260.00000000"},"package_size":{"d":"10"},"free_per_period":{"d":"0"}},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(25,4,0,'WM1','fixed','Cuota de servicio','fixed',NULL,NULL,34600,'{"details":{"amount":{"d":"6.50"}},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},14,28]],"version_from":{"date":"2026-01-31"}}');
INSERT INTO "invoice_lines" VALUES(26,4,1,'WM1','graduated','Consumo de agua','tier',53226,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"5.3226"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"10"}},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},14,28]],"version_from":{"date":"2026-01-31"}}');
INSERT INTO "invoice_lines" VALUES(27,4,2,'WM1','graduated','Consumo de agua','tier',79839,90000000,71900,'{"details":{"lower":{"d":"5.3226"},"upper":{"d":"13.3065"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},14,28]],"version_from":{"date":"2026-01-31"}}');
INSERT INTO "invoice_lines" VALUES(28,4,3,'WM1','graduated','Consumo de agua','tier_fee',NULL,NULL,6400,'{"details":{"lower":{"d":"5.3226"},"upper":{"d":"13.3065"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"flat_fee":{"d":"1.20"}},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},14,28]],"version_from":{"date":"2026-01-31"}}');
INSERT INTO "invoice_lines" VALUES(29,4,4,'WM1','graduated','Consumo de agua','tier',38364,160000000,61400,'{"details":{"lower":{"d":"13.3065"},"upper":null,"block":3,"per_period_lower":{"d":"25"},"per_period_upper":null},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},14,28]],"version_from":{"date":"2026-01-31"}}');
INSERT INTO "invoice_lines" VALUES(30,4,5,'WM1','fixed','Cuota de servicio','fixed',NULL,NULL,31600,'{"details":{"amount":{"d":"6.80"}},"proration":[[{"date":"2026-02-01"},13,28]],"version_from":{"date":"2026-02-15"}}');
INSERT INTO "invoice_lines" VALUES(31,4,6,'WM1','graduated','Consumo de agua','tier',46429,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"4.6429"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"10"}},"proration":[[{"date":"2026-02-01"},13,28]],"version_from":{"date":"2026-02-15"}}');
INSERT INTO "invoice_lines" VALUES(32,4,7,'WM1','graduated','Consumo de agua','tier',69642,95000000,66200,'{"details":{"lower":{"d":"4.6429"},"upper":{"d":"11.6071"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true},"proration":[[{"date":"2026-02-01"},13,28]],"version_from":{"date":"2026-02-15"}}');
INSERT INTO "invoice_lines" VALUES(33,4,8,'WM1','graduated','Consumo de agua','tier_fee',NULL,NULL,5600,'{"details":{"lower":{"d":"4.6429"},"upper":{"d":"11.6071"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"flat_fee":{"d":"1.20"}},"proration":[[{"date":"2026-02-01"},13,28]],"version_from":{"date":"2026-02-15"}}');
INSERT INTO "invoice_lines" VALUES(34,4,9,'WM1','graduated','Consumo de agua','tier',32500,160000000,52000,'{"details":{"lower":{"d":"11.6071"},"upper":null,"block":3,"per_period_lower":{"d":"25"},"per_period_upper":null},"proration":[[{"date":"2026-02-01"},13,28]],"version_from":{"date":"2026-02-15"}}');
INSERT INTO "invoice_lines" VALUES(35,5,0,'EM1','fixed','Power','fixed',NULL,NULL,152500,'{"details":{"amount":{"d":"15.30"},"as_written":"Potencia"},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},27,28]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(36,5,1,'EM1','volume','Energy','volume',3200000,13000000,416000,'{"details":{"lower":{"d":"99.6544"},"upper":null,"block":2,"per_period_lower":{"d":"100"},"per_period_upper":null,"as_written":"Energía"},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},27,28]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(37,5,2,'EM1','stairstep','Alquiler','stairstep',3200000,NULL,24900,'{"details":{"lower":{"d":"49.8272"},"upper":{"d":"498.2719"},"block":2,"per_period_lower":{"d":"50"},"per_period_upper":{"d":"500"},"price":{"d":"2.50"}},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},27,28]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(38,5,3,'EM1','per_unit','Peaje','per_unit',3200000,1230000,39400,'{"details":{},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(39,5,4,'EM1','percentage','Electricity tax','percentage',NULL,NULL,29100,'{"details":{"rate":{"d":"5.11269632"},"base":{"d":"56.85"},"of":["Potencia","Energía"],"as_written":"Impuesto eléctrico"},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(40,5,5,'WM2','fixed','Service charge','fixed',NULL,NULL,34600,'{"details":{"amount":{"d":"6.50"},"as_written":"Cuota de servicio"},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},14,28]],"version_from":{"date":"2026-01-31"}}');
INSERT INTO "invoice_lines" VALUES(41,5,6,'WM2','graduated','Water use','tier',53226,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"5.3226"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"10"},"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},14,28]],"version_from":{"date":"2026-01-31"}}');
INSERT INTO "invoice_lines" VALUES(42,5,7,'WM2','graduated','Water use','tier',21774,90000000,19600,'{"details":{"lower":{"d":"5.3226"},"upper":{"d":"13.3065"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},14,28]],"version_from":{"date":"2026-01-31"}}');
INSERT INTO "invoice_lines" VALUES(43,5,8,'WM2','graduated','Water use','tier_fee',NULL,NULL,6400,'{"details":{"lower":{"d":"5.3226"},"upper":{"d":"13.3065"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"flat_fee":{"d":"1.20"},"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},14,28]],"version_from":{"date":"2026-01-31"}}');
INSERT INTO "invoice_lines" VALUES(44,5,9,'WM2','fixed','Service charge','fixed',NULL,NULL,31600,'{"details":{"amount":{"d":"6.80"},"as_written":"Cuota de servicio"},"proration":[[{"date":"2026-02-01"},13,28]],"version_from":{"date":"2026-02-15"}}');
INSERT INTO "invoice_lines" VALUES(45,5,10,'WM2','graduated','Water use','tier',46429,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"4.6429"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"10"},"as_written":"Consumo de agua"},"proration":[[{"date":"2026-02-01"},13,28]],"version_from":{"date":"2026-02-15"}}');
INSERT INTO "invoice_lines" VALUES(46,5,11,'WM2','graduated','Water use','tier',18571,95000000,17600,'{"details":{"lower":{"d":"4.6429"},"upper":{"d":"11.6071"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"as_written":"Consumo de agua"},"proration":[[{"date":"2026-02-01"},13,28]],"version_from":{"date":"2026-02-15"}}');
INSERT INTO "invoice_lines" VALUES(47,5,12,'WM2','graduated','Water use','tier_fee',NULL,NULL,5600,'{"details":{"lower":{"d":"4.6429"},"upper":{"d":"11.6071"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"flat_fee":{"d":"1.20"},"as_written":"Consumo de agua"},"proration":[[{"date":"2026-02-01"},13,28]],"version_from":{"date":"2026-02-15"}}');
INSERT INTO "invoice_lines" VALUES(48,6,0,'EM2','fixed','Potencia','fixed',NULL,NULL,152500,'{"details":{"amount":{"d":"15.30"}},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},27,28]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(49,6,1,'EM2','volume','Energía','volume',6800000,13000000,884000,'{"details":{"lower":{"d":"99.6544"},"upper":null,"block":2,"per_period_lower":{"d":"100"},"per_period_upper":null},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},27,28]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(50,6,2,'EM2','stairstep','Alquiler','stairstep',6800000,NULL,39900,'{"details":{"lower":{"d":"498.2719"},"upper":null,"block":3,"per_period_lower":{"d":"500"},"per_period_upper":null,"price":{"d":"4.00"}},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},27,28]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(51,6,3,'EM2','per_unit','Peaje','per_unit',6800000,1230000,83600,'{"details":{},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(52,6,4,'EM2','percentage','Impuesto eléctrico','percentage',NULL,NULL,53000,'{"details":{"rate":{"d":"5.11269632"},"base":{"d":"103.65"},"of":["Potencia","Energía"]},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(53,6,5,'PR1','package','Impresión','package',0,500000000,0,'{"details":{"used":{"d":"15.00000000"},"free":{"d":"49.8272"},"billable":{"d":"0"},"package_size":{"d":"100"},"free_per_period":{"d":"50"}},"proration":[[{"date":"2026-01-01"},1,31],[{"date":"2026-02-01"},27,28]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(54,6,6,'PR1','package','Color','package',20000,100000000,20000,'{"details":{"used":{"d":"15.00000000"},"free":{"d":"0"},"billable":{"d":"15.00000000"},"package_size":{"d":"10"},"free_per_period":{"d":"0"}},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(55,7,0,'WM1','fixed','Cuota de servicio','fixed',NULL,NULL,68200,'{"details":{"amount":{"d":"6.80"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(56,7,1,'WM1','graduated','Consumo de agua','tier',70000,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"10.0346"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(57,8,0,'EM1','fixed','Power','fixed',NULL,NULL,153500,'{"details":{"amount":{"d":"15.30"},"as_written":"Potencia"},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(58,8,1,'EM1','volume','Energy','volume',300000,14500000,43500,'{"details":{"lower":{"d":"0"},"upper":{"d":"100.3456"},"as_written":"Energía"},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(59,8,2,'EM1','volume','Energy','tier_fee',NULL,NULL,20100,'{"details":{"lower":{"d":"0"},"upper":{"d":"100.3456"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"100"},"flat_fee":{"d":"2.00"},"as_written":"Energía"},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(60,8,3,'EM1','stairstep','Alquiler','stairstep',300000,NULL,10000,'{"details":{"lower":{"d":"0"},"upper":{"d":"50.1728"},"price":{"d":"1.00"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(61,8,4,'EM1','per_unit','Peaje','per_unit',300000,1230000,3700,'{"details":{},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(62,8,5,'EM1','percentage','Electricity tax','percentage',NULL,NULL,11100,'{"details":{"rate":{"d":"5.11269632"},"base":{"d":"21.71"},"of":["Potencia","Energía"],"as_written":"Impuesto eléctrico"},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(63,8,6,'EM1','minimum','Mínimo','minimum',NULL,NULL,360200,'{"details":{"minimum":{"d":"60.21"},"so_far":{"d":"24.19"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(64,8,7,'WM2','fixed','Service charge','fixed',NULL,NULL,68200,'{"details":{"amount":{"d":"6.80"},"as_written":"Cuota de servicio"},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(65,8,8,'WM2','graduated','Water use','tier',0,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"10.0346"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"10"},"as_written":"Consumo de agua"},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(66,9,0,'EM2','fixed','Potencia','fixed',NULL,NULL,153500,'{"details":{"amount":{"d":"15.30"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(67,9,1,'EM2','volume','Energía','volume',600000,14500000,87000,'{"details":{"lower":{"d":"0"},"upper":{"d":"100.3456"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"100"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(68,9,2,'EM2','volume','Energía','tier_fee',NULL,NULL,20100,'{"details":{"lower":{"d":"0"},"upper":{"d":"100.3456"},"flat_fee":{"d":"2.00"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(69,9,3,'EM2','stairstep','Alquiler','stairstep',600000,NULL,25100,'{"details":{"lower":{"d":"50.1728"},"upper":{"d":"501.7281"},"block":2,"per_period_lower":{"d":"50"},"per_period_upper":{"d":"500"},"price":{"d":"2.50"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(70,9,4,'EM2','per_unit','Peaje','per_unit',600000,1230000,7400,'{"details":{},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(71,9,5,'EM2','percentage','Impuesto eléctrico','percentage',NULL,NULL,13300,'{"details":{"rate":{"d":"5.11269632"},"base":{"d":"26.06"},"of":["Potencia","Energía"]},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(72,9,6,'EM2','minimum','Mínimo','minimum',NULL,NULL,295700,'{"details":{"minimum":{"d":"60.21"},"so_far":{"d":"30.64"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(73,9,7,'PR1','package','Impresión','package',60000,500000000,300000,'{"details":{"used":{"d":"625.00000000"},"free":{"d":"50.1728"},"billable":{"d":"574.82720000"},"package_size":{"d":"100"}},"proration":[[{"date":"2026-02-01"},1,28],[{"date":"2026-03-01"},30,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(74,9,8,'PR1','package','Color','package',630000,100000000,630000,'{"details":{"used":{"d":"625.00000000"},"free":{"d":"0"},"billable":{"d":"625.00000000"},"package_size":{"d":"10"}},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(75,10,0,'EM1','fixed','Power','fixed',NULL,NULL,-103600,'{"details":{"amount":{"d":"15.30"},"as_written":"Potencia"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(76,10,1,'EM1','volume','Energy','volume',800000,13000000,-104000,'{"details":{"lower":{"d":"67.7419"},"upper":null,"block":2,"per_period_lower":{"d":"100"},"per_period_upper":null,"as_written":"Energía"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(77,10,2,'EM1','stairstep','Alquiler','stairstep',800000,NULL,-16900,'{"details":{"lower":{"d":"33.871"},"upper":{"d":"338.7097"},"block":2,"per_period_lower":{"d":"50"},"per_period_upper":{"d":"500"},"price":{"d":"2.50"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(78,10,3,'EM1','per_unit','Peaje','per_unit',800000,1230000,-9800,'{"details":{},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(79,10,4,'EM1','percentage','Electricity tax','percentage',NULL,NULL,-10600,'{"details":{"rate":{"d":"5.11269632"},"base":{"d":"20.76"},"of":["Potencia","Energía"],"as_written":"Impuesto eléctrico"},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(80,10,5,'EM1','minimum','Mínimo','minimum',NULL,NULL,-161600,'{"details":{"minimum":{"d":"40.65"},"so_far":{"d":"24.49"}},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(81,10,6,'WM2','fixed','Service charge','fixed',NULL,NULL,-44000,'{"details":{"amount":{"d":"6.50"},"as_written":"Cuota de servicio"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(82,10,7,'WM2','graduated','Water use','tier',67742,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"6.7742"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"10"},"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(83,10,8,'WM2','graduated','Water use','tier',101613,90000000,-91500,'{"details":{"lower":{"d":"6.7742"},"upper":{"d":"16.9355"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(84,10,9,'WM2','graduated','Water use','tier_fee',NULL,NULL,-8100,'{"details":{"lower":{"d":"6.7742"},"upper":{"d":"16.9355"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"flat_fee":{"d":"1.20"},"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(85,10,10,'WM2','graduated','Water use','tier',130645,160000000,-209000,'{"details":{"lower":{"d":"16.9355"},"upper":null,"block":3,"per_period_lower":{"d":"25"},"per_period_upper":null,"as_written":"Consumo de agua"},"proration":[[{"date":"2026-01-01"},21,31]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(86,11,0,'','credit','Descuento','credit',NULL,NULL,-100000,'{"details":{},"proration":null,"version_from":null}');
INSERT INTO "invoice_lines" VALUES(87,12,0,'WM1','fixed','Cuota de servicio','fixed',NULL,NULL,67900,'{"details":{"amount":{"d":"6.80"}},"proration":[[{"date":"2026-03-01"},1,31],[{"date":"2026-04-01"},29,30]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(88,12,1,'WM1','graduated','Consumo de agua','tier',99892,0,0,'{"details":{"lower":{"d":"0"},"upper":{"d":"9.9892"},"block":1,"per_period_lower":{"d":"0"},"per_period_upper":{"d":"10"}},"proration":[[{"date":"2026-03-01"},1,31],[{"date":"2026-04-01"},29,30]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(89,12,2,'WM1','graduated','Consumo de agua','tier',30108,95000000,28600,'{"details":{"lower":{"d":"9.9892"},"upper":{"d":"24.9731"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true},"proration":[[{"date":"2026-03-01"},1,31],[{"date":"2026-04-01"},29,30]],"version_from":null}');
INSERT INTO "invoice_lines" VALUES(90,12,3,'WM1','graduated','Consumo de agua','tier_fee',NULL,NULL,12000,'{"details":{"lower":{"d":"9.9892"},"upper":{"d":"24.9731"},"block":2,"per_period_lower":{"d":"10"},"per_period_upper":{"d":"25"},"after_allowance":true,"flat_fee":{"d":"1.20"}},"proration":[[{"date":"2026-03-01"},1,31],[{"date":"2026-04-01"},29,30]],"version_from":null}');
CREATE TABLE invoice_meters (
	id INTEGER NOT NULL, 
	invoice_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	meter_serial VARCHAR(40) NOT NULL, 
	unit VARCHAR(16) NOT NULL, 
	tariff VARCHAR(200) NOT NULL, 
	quantity BIGINT NOT NULL, 
	first_day DATE NOT NULL, 
	last_day DATE NOT NULL, 
	end_on DATE, 
	end_value BIGINT, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_invoice_meters PRIMARY KEY (id), 
	CONSTRAINT fk_invoice_meters_invoice_id_invoices FOREIGN KEY(invoice_id) REFERENCES invoices (id), 
	CONSTRAINT uq_invoice_meters_invoice_id UNIQUE (invoice_id, position)
);
INSERT INTO "invoice_meters" VALUES(1,1,0,'WM1','m³','Agua',80000,'2026-01-10','2026-01-30','2026-01-31',10080000,'{"span":[{"date":"2026-01-10"},{"date":"2026-01-30"}],"tariff_period":"month","segments":[{"meter":"WM1","start":{"on":{"date":"2026-01-10"},"value":{"d":"1000.0000"},"type":"actual"},"end":{"on":{"date":"2026-01-31"},"value":{"d":"1008.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"8.0000"},"rolled_over":false}],"findings":[],"said":["Agua","m³"]}');
INSERT INTO "invoice_meters" VALUES(2,2,0,'EM1','kWh','Energía',800000,'2026-01-10','2026-01-30','2026-01-31',50800000,'{"span":[{"date":"2026-01-10"},{"date":"2026-01-30"}],"tariff_period":"month","segments":[{"meter":"EM1","start":{"on":{"date":"2026-01-10"},"value":{"d":"5000.0000"},"type":"actual"},"end":{"on":{"date":"2026-01-31"},"value":{"d":"5080.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"80.0000"},"rolled_over":false}],"findings":[],"said":["Energy","kWh"]}');
INSERT INTO "invoice_meters" VALUES(3,2,1,'WM2','m³','Agua',300000,'2026-01-10','2026-01-30','2026-01-31',300000,'{"span":[{"date":"2026-01-10"},{"date":"2026-01-30"}],"tariff_period":"month","segments":[{"meter":"WM2","start":{"on":{"date":"2026-01-10"},"value":{"d":"0.0000"},"type":"actual"},"end":{"on":{"date":"2026-01-31"},"value":{"d":"30.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"30.0000"},"rolled_over":false}],"findings":[],"said":["Water","m³"]}');
INSERT INTO "invoice_meters" VALUES(4,3,0,'EM2','kWh','Energía',200000,'2026-01-10','2026-01-30','2026-01-31',200000,'{"span":[{"date":"2026-01-10"},{"date":"2026-01-30"}],"tariff_period":"month","segments":[{"meter":"EM2","start":{"on":{"date":"2026-01-10"},"value":{"d":"0.0000"},"type":"actual"},"end":{"on":{"date":"2026-01-31"},"value":{"d":"20.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"20.0000"},"rolled_over":false}],"findings":[],"said":["Energía","kWh"]}');
INSERT INTO "invoice_meters" VALUES(5,3,1,'PR1','páginas','Impresión',2600000,'2026-01-10','2026-01-30','2026-01-31',2600000,'{"span":[{"date":"2026-01-10"},{"date":"2026-01-30"}],"tariff_period":"month","segments":[{"meter":"PR1","start":{"on":{"date":"2026-01-10"},"value":{"d":"0.0000"},"type":"actual"},"end":{"on":{"date":"2026-01-31"},"value":{"d":"260.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"260.0000"},"rolled_over":false}],"findings":[],"said":["Impresión","páginas"]}');
INSERT INTO "invoice_meters" VALUES(6,4,0,'WM1','m³','Agua',320000,'2026-01-31','2026-02-27','2026-02-28',10400000,'{"span":[{"date":"2026-01-31"},{"date":"2026-02-27"}],"tariff_period":"month","segments":[{"meter":"WM1","start":{"on":{"date":"2026-01-31"},"value":{"d":"1008.0000"},"type":"actual"},"end":{"on":{"date":"2026-02-28"},"value":{"d":"1040.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"32.0000"},"rolled_over":false}],"findings":[],"said":["Agua","m³"]}');
INSERT INTO "invoice_meters" VALUES(7,5,0,'EM1','kWh','Energía',3200000,'2026-01-31','2026-02-27','2026-02-28',54000000,'{"span":[{"date":"2026-01-31"},{"date":"2026-02-27"}],"tariff_period":"month","segments":[{"meter":"EM1","start":{"on":{"date":"2026-01-31"},"value":{"d":"5080.0000"},"type":"actual"},"end":{"on":{"date":"2026-02-28"},"value":{"d":"5400.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"320.0000"},"rolled_over":false}],"findings":[],"said":["Energy","kWh"]}');
INSERT INTO "invoice_meters" VALUES(8,5,1,'WM2','m³','Agua',140000,'2026-01-31','2026-02-27','2026-02-28',440000,'{"span":[{"date":"2026-01-31"},{"date":"2026-02-27"}],"tariff_period":"month","segments":[{"meter":"WM2","start":{"on":{"date":"2026-01-31"},"value":{"d":"30.0000"},"type":"actual"},"end":{"on":{"date":"2026-02-28"},"value":{"d":"44.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"14.0000"},"rolled_over":false}],"findings":[],"said":["Water","m³"]}');
INSERT INTO "invoice_meters" VALUES(9,6,0,'EM2','kWh','Energía',6800000,'2026-01-31','2026-02-27','2026-02-28',7000000,'{"span":[{"date":"2026-01-31"},{"date":"2026-02-27"}],"tariff_period":"month","segments":[{"meter":"EM2","start":{"on":{"date":"2026-01-31"},"value":{"d":"20.0000"},"type":"actual"},"end":{"on":{"date":"2026-02-28"},"value":{"d":"700.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"680.0000"},"rolled_over":false}],"findings":[{"check":"high_use","meter":"EM2","values":{"quantity":{"d":"680.00000000"},"expected":{"d":"26.6667"},"ratio":{"d":"25.50000000000000000000000000"}}}],"said":["Energía","kWh"]}');
INSERT INTO "invoice_meters" VALUES(10,6,1,'PR1','páginas','Impresión',150000,'2026-01-31','2026-02-27','2026-02-28',2750000,'{"span":[{"date":"2026-01-31"},{"date":"2026-02-27"}],"tariff_period":"month","segments":[{"meter":"PR1","start":{"on":{"date":"2026-01-31"},"value":{"d":"260.0000"},"type":"actual"},"end":{"on":{"date":"2026-02-28"},"value":{"d":"275.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"15.0000"},"rolled_over":false}],"findings":[{"check":"low_use","meter":"PR1","values":{"quantity":{"d":"15.00000000"},"expected":{"d":"346.6667"},"ratio":{"d":"0.04326923076923076923076923078"}}}],"said":["Impresión","páginas"]}');
INSERT INTO "invoice_meters" VALUES(11,7,0,'WM1','m³','Agua',70000,'2026-02-28','2026-03-30','2026-03-31',10470000,'{"span":[{"date":"2026-02-28"},{"date":"2026-03-30"}],"tariff_period":"month","segments":[{"meter":"WM1","start":{"on":{"date":"2026-02-28"},"value":{"d":"1040.0000"},"type":"actual"},"end":{"on":{"date":"2026-03-31"},"value":{"d":"1047.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"7.0000"},"rolled_over":false}],"findings":[{"check":"low_use","meter":"WM1","values":{"quantity":{"d":"7.00000000"},"expected":{"d":"25.3061"},"ratio":{"d":"0.2766129032258064516129032258"}}}],"said":["Agua","m³"]}');
INSERT INTO "invoice_meters" VALUES(12,8,0,'EM1','kWh','Energía',300000,'2026-02-28','2026-03-30','2026-03-31',54300000,'{"span":[{"date":"2026-02-28"},{"date":"2026-03-30"}],"tariff_period":"month","segments":[{"meter":"EM1","start":{"on":{"date":"2026-02-28"},"value":{"d":"5400.0000"},"type":"actual"},"end":{"on":{"date":"2026-03-31"},"value":{"d":"5430.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"30.0000"},"rolled_over":false}],"findings":[{"check":"low_use","meter":"EM1","values":{"quantity":{"d":"30.00000000"},"expected":{"d":"253.0612"},"ratio":{"d":"0.1185483870967741935483870968"}}}],"said":["Energy","kWh"]}');
INSERT INTO "invoice_meters" VALUES(13,8,1,'WM2','m³','Agua',0,'2026-02-28','2026-03-30','2026-03-31',440000,'{"span":[{"date":"2026-02-28"},{"date":"2026-03-30"}],"tariff_period":"month","segments":[{"meter":"WM2","start":{"on":{"date":"2026-02-28"},"value":{"d":"44.0000"},"type":"actual"},"end":{"on":{"date":"2026-03-31"},"value":{"d":"44.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"0.0000"},"rolled_over":false}],"findings":[{"check":"low_use","meter":"WM2","values":{"quantity":{"d":"0E-8"},"expected":{"d":"27.8367"},"ratio":{"d":"0E+18"}}}],"said":["Water","m³"]}');
INSERT INTO "invoice_meters" VALUES(14,9,0,'EM2','kWh','Energía',600000,'2026-02-28','2026-03-30','2026-03-31',7600000,'{"span":[{"date":"2026-02-28"},{"date":"2026-03-30"}],"tariff_period":"month","segments":[{"meter":"EM2","start":{"on":{"date":"2026-02-28"},"value":{"d":"700.0000"},"type":"actual"},"end":{"on":{"date":"2026-03-31"},"value":{"d":"760.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"60.0000"},"rolled_over":false}],"findings":[{"check":"low_use","meter":"EM2","values":{"quantity":{"d":"60.00000000"},"expected":{"d":"442.8571"},"ratio":{"d":"0.1354838709677419354838709677"}}}],"said":["Energía","kWh"]}');
INSERT INTO "invoice_meters" VALUES(15,9,1,'PR1','páginas','Impresión',6250000,'2026-02-28','2026-03-30','2026-03-31',9000000,'{"span":[{"date":"2026-02-28"},{"date":"2026-03-30"}],"tariff_period":"month","segments":[{"meter":"PR1","start":{"on":{"date":"2026-02-28"},"value":{"d":"275.0000"},"type":"actual"},"end":{"on":{"date":"2026-03-31"},"value":{"d":"900.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"625.0000"},"rolled_over":false}],"findings":[{"check":"high_use","meter":"PR1","values":{"quantity":{"d":"625.00000000"},"expected":{"d":"173.9796"},"ratio":{"d":"3.592375366568914956011730205"}}}],"said":["Impresión","páginas"]}');
INSERT INTO "invoice_meters" VALUES(16,12,0,'WM1','m³','Agua',130000,'2026-03-31','2026-04-29','2026-04-30',10600000,'{"span":[{"date":"2026-03-31"},{"date":"2026-04-29"}],"tariff_period":"month","segments":[{"meter":"WM1","start":{"on":{"date":"2026-03-31"},"value":{"d":"1047.0000"},"type":"actual"},"end":{"on":{"date":"2026-04-30"},"value":{"d":"1060.0000"},"type":"actual"},"multiplier":{"d":"1.0000"},"difference":{"d":"13.0000"},"rolled_over":false}],"findings":[],"said":["Agua","m³"]}');
CREATE TABLE invoice_taxes (
	id INTEGER NOT NULL, 
	invoice_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	name VARCHAR(60) NOT NULL, 
	rate BIGINT NOT NULL, 
	base BIGINT NOT NULL, 
	amount BIGINT NOT NULL, 
	CONSTRAINT pk_invoice_taxes PRIMARY KEY (id), 
	CONSTRAINT fk_invoice_taxes_invoice_id_invoices FOREIGN KEY(invoice_id) REFERENCES invoices (id), 
	CONSTRAINT uq_invoice_taxes_invoice_id UNIQUE (invoice_id, position)
);
INSERT INTO "invoice_taxes" VALUES(1,1,0,'IVA',1000000000,63100,6300);
INSERT INTO "invoice_taxes" VALUES(2,2,0,'IVA',2100000000,406500,85400);
INSERT INTO "invoice_taxes" VALUES(3,2,1,'IVA',1000000000,352600,35300);
INSERT INTO "invoice_taxes" VALUES(4,3,0,'IVA',2100000000,816500,171500);
INSERT INTO "invoice_taxes" VALUES(5,4,0,'IVA',1000000000,329700,33000);
INSERT INTO "invoice_taxes" VALUES(6,5,0,'IVA',2100000000,661900,139000);
INSERT INTO "invoice_taxes" VALUES(7,5,1,'IVA',1000000000,115400,11500);
INSERT INTO "invoice_taxes" VALUES(8,6,0,'IVA',2100000000,1233000,258900);
INSERT INTO "invoice_taxes" VALUES(9,7,0,'IVA',1000000000,68200,6800);
INSERT INTO "invoice_taxes" VALUES(10,8,0,'IVA',2100000000,602100,126400);
INSERT INTO "invoice_taxes" VALUES(11,8,1,'IVA',1000000000,68200,6800);
INSERT INTO "invoice_taxes" VALUES(12,9,0,'IVA',2100000000,1532100,321700);
INSERT INTO "invoice_taxes" VALUES(13,10,0,'IVA',2100000000,-406500,-85400);
INSERT INTO "invoice_taxes" VALUES(14,10,1,'IVA',1000000000,-352600,-35300);
INSERT INTO "invoice_taxes" VALUES(15,11,0,'IVA',1000000000,-100000,-10000);
INSERT INTO "invoice_taxes" VALUES(16,12,0,'IVA',1000000000,108500,10900);
CREATE TABLE invoices (
	id INTEGER NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	state VARCHAR(8) NOT NULL, 
	series VARCHAR(60), 
	year INTEGER, 
	seq INTEGER, 
	number VARCHAR(60), 
	customer_id INTEGER NOT NULL, 
	customer_account VARCHAR(32) NOT NULL, 
	customer_name VARCHAR(200) NOT NULL, 
	customer_tax_id VARCHAR(40) NOT NULL, 
	customer_address TEXT NOT NULL, 
	period_start DATE NOT NULL, 
	period_end DATE NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	subtotal BIGINT NOT NULL, 
	tax_total BIGINT NOT NULL, 
	total BIGINT NOT NULL, 
	issue_date DATE, 
	due_date DATE, 
	credited_id INTEGER, 
	reason TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_invoices PRIMARY KEY (id), 
	CONSTRAINT ck_invoices_kind CHECK (kind IN ('invoice', 'credit_note')), 
	CONSTRAINT ck_invoices_issued_numbered CHECK (state = 'draft' OR number IS NOT NULL), 
	CONSTRAINT ck_invoices_state CHECK (state IN ('draft', 'issued', 'void')), 
	CONSTRAINT fk_invoices_credited_id_invoices FOREIGN KEY(credited_id) REFERENCES invoices (id), 
	CONSTRAINT fk_invoices_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id), 
	CONSTRAINT uq_invoices_number UNIQUE (number), 
	CONSTRAINT uq_invoices_series UNIQUE (series, year, seq)
);
INSERT INTO "invoices" VALUES(1,'invoice','issued','F-{year}-{seq:05d}',2026,1,'F-2026-00001',1,'1','Ana Ruiz','12345678Z','Calle Mayor 1','2026-01-01','2026-01-31','EUR',63100,6300,69400,'2026-02-03','2026-03-05',NULL,'','2026-11-28 03:59:36.322600');
INSERT INTO "invoices" VALUES(2,'invoice','void','F-{year}-{seq:05d}',2026,2,'F-2026-00002',2,'2','John Smith','','High St 2','2026-01-01','2026-01-31','EUR',759100,120700,879800,'2026-02-03','2026-03-05',NULL,'','2026-11-28 03:59:36.322610');
INSERT INTO "invoices" VALUES(3,'invoice','issued','F-{year}-{seq:05d}',2026,3,'F-2026-00003',3,'3','Marta Gil','','','2026-01-01','2026-01-31','EUR',816500,171500,988000,'2026-02-03','2026-03-05',NULL,'','2026-11-28 03:59:36.322614');
INSERT INTO "invoices" VALUES(4,'invoice','issued','F-{year}-{seq:05d}',2026,4,'F-2026-00004',1,'1','Ana Ruiz','12345678Z','Calle Mayor 1','2026-02-01','2026-02-28','EUR',329700,33000,362700,'2026-03-03','2026-04-02',NULL,'','2026-11-28 03:59:36.341805');
INSERT INTO "invoices" VALUES(5,'invoice','issued','F-{year}-{seq:05d}',2026,5,'F-2026-00005',2,'2','John Smith','','High St 2','2026-02-01','2026-02-28','EUR',777300,150500,927800,'2026-03-03','2026-04-02',NULL,'','2026-11-28 03:59:36.341812');
INSERT INTO "invoices" VALUES(6,'invoice','issued','F-{year}-{seq:05d}',2026,6,'F-2026-00006',3,'3','Marta Gil','','','2026-02-01','2026-02-28','EUR',1233000,258900,1491900,'2026-03-03','2026-04-02',NULL,'','2026-11-28 03:59:36.341815');
INSERT INTO "invoices" VALUES(7,'invoice','issued','F-{year}-{seq:05d}',2026,7,'F-2026-00007',1,'1','Ana Ruiz','12345678Z','Calle Mayor 1','2026-03-01','2026-03-31','EUR',68200,6800,75000,'2026-04-03','2026-05-03',NULL,'','2026-11-28 03:59:36.356507');
INSERT INTO "invoices" VALUES(8,'invoice','issued','F-{year}-{seq:05d}',2026,8,'F-2026-00008',2,'2','John Smith','','High St 2','2026-03-01','2026-03-31','EUR',670300,133200,803500,'2026-04-03','2026-05-03',NULL,'','2026-11-28 03:59:36.356513');
INSERT INTO "invoices" VALUES(9,'invoice','issued','F-{year}-{seq:05d}',2026,9,'F-2026-00009',3,'3','Marta Gil','','','2026-03-01','2026-03-31','EUR',1532100,321700,1853800,'2026-04-03','2026-05-03',NULL,'','2026-11-28 03:59:36.356515');
INSERT INTO "invoices" VALUES(10,'credit_note','issued','R-{year}-{seq:05d}',2026,1,'R-2026-00001',2,'2','John Smith','','High St 2','2026-01-01','2026-01-31','EUR',-759100,-120700,-879800,'2026-03-01','2026-03-31',2,'Lectura errónea','2026-11-28 03:59:36.412884');
INSERT INTO "invoices" VALUES(11,'credit_note','issued','R-{year}-{seq:05d}',2026,2,'R-2026-00002',1,'1','Ana Ruiz','12345678Z','Calle Mayor 1','2026-02-01','2026-02-28','EUR',-100000,-10000,-110000,'2026-03-02','2026-04-01',4,'Descuento','2026-11-28 03:59:36.435430');
INSERT INTO "invoices" VALUES(12,'invoice','draft',NULL,NULL,NULL,NULL,1,'1','Ana Ruiz','12345678Z','Calle Mayor 1','2026-04-01','2026-04-30','EUR',108500,10900,119400,NULL,NULL,NULL,'','2026-11-28 03:59:36.457539');
CREATE TABLE meter_tariffs (
	id INTEGER NOT NULL, 
	meter_id INTEGER NOT NULL, 
	tariff_id INTEGER NOT NULL, 
	valid_from DATE NOT NULL, 
	CONSTRAINT pk_meter_tariffs PRIMARY KEY (id), 
	CONSTRAINT fk_meter_tariffs_meter_id_meters FOREIGN KEY(meter_id) REFERENCES meters (id), 
	CONSTRAINT fk_meter_tariffs_tariff_id_tariffs FOREIGN KEY(tariff_id) REFERENCES tariffs (id), 
	CONSTRAINT uq_meter_tariffs_meter_id UNIQUE (meter_id, valid_from)
);
INSERT INTO "meter_tariffs" VALUES(1,1,1,'2026-01-01');
INSERT INTO "meter_tariffs" VALUES(2,2,2,'2026-01-01');
INSERT INTO "meter_tariffs" VALUES(3,3,1,'2026-01-01');
INSERT INTO "meter_tariffs" VALUES(4,4,3,'2026-01-01');
INSERT INTO "meter_tariffs" VALUES(5,5,2,'2026-01-01');
CREATE TABLE meters (
	id INTEGER NOT NULL, 
	serial VARCHAR(40) NOT NULL, 
	customer_id INTEGER NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	unit VARCHAR(16) NOT NULL, 
	register_digits INTEGER, 
	multiplier BIGINT NOT NULL, 
	install_read BIGINT NOT NULL, 
	installed_on DATE NOT NULL, 
	removed_on DATE, 
	route_order INTEGER, 
	CONSTRAINT pk_meters PRIMARY KEY (id), 
	CONSTRAINT ck_meters_ck_meters_kind CHECK (kind IN ('cumulative', 'interval')), 
	CONSTRAINT ck_meters_ck_meters_multiplier_positive CHECK (multiplier > 0), 
	CONSTRAINT fk_meters_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id), 
	CONSTRAINT uq_meters_serial UNIQUE (serial)
);
INSERT INTO "meters" VALUES(1,'WM1',1,'cumulative','m³',6,10000,10000000,'2026-01-10',NULL,NULL);
INSERT INTO "meters" VALUES(2,'EM1',2,'cumulative','kWh',6,10000,50000000,'2026-01-10',NULL,NULL);
INSERT INTO "meters" VALUES(3,'WM2',2,'cumulative','m³',6,10000,0,'2026-01-10',NULL,NULL);
INSERT INTO "meters" VALUES(4,'PR1',3,'cumulative','páginas',6,10000,0,'2026-01-10',NULL,NULL);
INSERT INTO "meters" VALUES(5,'EM2',3,'cumulative','kWh',6,10000,0,'2026-01-10',NULL,NULL);
CREATE TABLE payments (
	id INTEGER NOT NULL, 
	invoice_id INTEGER NOT NULL, 
	paid_on DATE NOT NULL, 
	amount BIGINT NOT NULL, 
	method VARCHAR(40) NOT NULL, 
	reference VARCHAR(100) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_payments PRIMARY KEY (id), 
	CONSTRAINT fk_payments_invoice_id_invoices FOREIGN KEY(invoice_id) REFERENCES invoices (id)
);
INSERT INTO "payments" VALUES(1,1,'2026-02-20',50000,'','','2026-11-28 03:59:36.391291');
CREATE TABLE "readings" (
	id INTEGER NOT NULL, 
	meter_id INTEGER NOT NULL, 
	read_on DATE NOT NULL, 
	value BIGINT NOT NULL, 
	type VARCHAR(10) NOT NULL, 
	source VARCHAR(40) NOT NULL, 
	note TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	import_id INTEGER, 
	CONSTRAINT pk_readings PRIMARY KEY (id), 
	CONSTRAINT fk_readings_meter_id_meters FOREIGN KEY(meter_id) REFERENCES meters (id), 
	CONSTRAINT ck_readings_ck_readings_type CHECK (type IN ('actual', 'estimated', 'customer')), 
	CONSTRAINT fk_readings_import_id_imports FOREIGN KEY(import_id) REFERENCES imports (id)
);
INSERT INTO "readings" VALUES(1,1,'2026-01-31',10080000,'actual','manual','','2026-11-28 03:59:36.289347',NULL);
INSERT INTO "readings" VALUES(2,1,'2026-02-28',10400000,'actual','manual','','2026-11-28 03:59:36.290835',NULL);
INSERT INTO "readings" VALUES(3,1,'2026-03-31',10470000,'actual','manual','','2026-11-28 03:59:36.292035',NULL);
INSERT INTO "readings" VALUES(4,2,'2026-01-31',50800000,'actual','manual','','2026-11-28 03:59:36.293831',NULL);
INSERT INTO "readings" VALUES(5,2,'2026-02-28',54000000,'actual','manual','','2026-11-28 03:59:36.295008',NULL);
INSERT INTO "readings" VALUES(6,2,'2026-03-31',54300000,'actual','manual','','2026-11-28 03:59:36.296166',NULL);
INSERT INTO "readings" VALUES(7,3,'2026-01-31',300000,'actual','manual','','2026-11-28 03:59:36.297258',NULL);
INSERT INTO "readings" VALUES(8,3,'2026-02-28',440000,'actual','manual','','2026-11-28 03:59:36.298370',NULL);
INSERT INTO "readings" VALUES(9,3,'2026-03-31',440000,'actual','manual','','2026-11-28 03:59:36.299607',NULL);
INSERT INTO "readings" VALUES(10,4,'2026-01-31',2600000,'actual','manual','','2026-11-28 03:59:36.300681',NULL);
INSERT INTO "readings" VALUES(11,4,'2026-02-28',2750000,'actual','manual','','2026-11-28 03:59:36.301810',NULL);
INSERT INTO "readings" VALUES(12,4,'2026-03-31',9000000,'actual','manual','','2026-11-28 03:59:36.302962',NULL);
INSERT INTO "readings" VALUES(13,5,'2026-01-31',200000,'actual','manual','','2026-11-28 03:59:36.304408',NULL);
INSERT INTO "readings" VALUES(14,5,'2026-02-28',7000000,'actual','manual','','2026-11-28 03:59:36.305470',NULL);
INSERT INTO "readings" VALUES(15,5,'2026-03-31',7600000,'actual','manual','','2026-11-28 03:59:36.306646',NULL);
INSERT INTO "readings" VALUES(16,1,'2026-04-30',10600000,'actual','manual','','2026-11-28 03:59:36.441732',NULL);
CREATE TABLE settings (
	"key" VARCHAR(100) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);
CREATE TABLE tariff_charges (
	id INTEGER NOT NULL, 
	version_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	type VARCHAR(20) NOT NULL, 
	label VARCHAR(200) NOT NULL, 
	spec TEXT NOT NULL, 
	CONSTRAINT pk_tariff_charges PRIMARY KEY (id), 
	CONSTRAINT fk_tariff_charges_version_id_tariff_versions FOREIGN KEY(version_id) REFERENCES tariff_versions (id), 
	CONSTRAINT uq_tariff_charges_version_id UNIQUE (version_id, position)
);
INSERT INTO "tariff_charges" VALUES(1,1,0,'fixed','Cuota de servicio','{"type": "fixed", "label": "Cuota de servicio", "amount": "6.50"}');
INSERT INTO "tariff_charges" VALUES(2,1,1,'graduated','Consumo de agua','{"type": "graduated", "label": "Consumo de agua", "tiers": [{"up_to": "10", "unit_price": "0"}, {"up_to": "25", "unit_price": "0.90", "flat_fee": "1.20"}, {"up_to": null, "unit_price": "1.60"}]}');
INSERT INTO "tariff_charges" VALUES(3,2,0,'fixed','Cuota de servicio','{"type": "fixed", "label": "Cuota de servicio", "amount": "6.80"}');
INSERT INTO "tariff_charges" VALUES(4,2,1,'graduated','Consumo de agua','{"type": "graduated", "label": "Consumo de agua", "tiers": [{"up_to": "10", "unit_price": "0"}, {"up_to": "25", "unit_price": "0.95", "flat_fee": "1.20"}, {"up_to": null, "unit_price": "1.60"}]}');
INSERT INTO "tariff_charges" VALUES(5,3,0,'fixed','Potencia','{"type": "fixed", "label": "Potencia", "amount": "15.30"}');
INSERT INTO "tariff_charges" VALUES(6,3,1,'volume','Energía','{"type": "volume", "label": "Energía", "tiers": [{"up_to": "100", "unit_price": "0.1450", "flat_fee": "2.00"}, {"up_to": null, "unit_price": "0.1300"}]}');
INSERT INTO "tariff_charges" VALUES(7,3,2,'stairstep','Alquiler','{"type": "stairstep", "label": "Alquiler", "tiers": [{"up_to": "50", "price": "1.00"}, {"up_to": "500", "price": "2.50"}, {"up_to": null, "price": "4.00"}]}');
INSERT INTO "tariff_charges" VALUES(8,3,3,'per_unit','Peaje','{"type": "per_unit", "label": "Peaje", "unit_price": "0.0123"}');
INSERT INTO "tariff_charges" VALUES(9,3,4,'percentage','Impuesto eléctrico','{"type": "percentage", "label": "Impuesto eléctrico", "rate": "5.11269632", "of": ["Potencia", "Energía"]}');
INSERT INTO "tariff_charges" VALUES(10,3,5,'minimum','Mínimo','{"type": "minimum", "label": "Mínimo", "amount": "60.00"}');
INSERT INTO "tariff_charges" VALUES(11,4,0,'package','Impresión','{"type": "package", "label": "Impresión", "package_size": "100", "package_price": "5.00", "free_units": "50"}');
INSERT INTO "tariff_charges" VALUES(12,4,1,'package','Color','{"type": "package", "label": "Color", "package_size": "10", "package_price": "1.00"}');
CREATE TABLE tariff_taxes (
	id INTEGER NOT NULL, 
	version_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	name VARCHAR(60) NOT NULL, 
	rate BIGINT NOT NULL, 
	CONSTRAINT pk_tariff_taxes PRIMARY KEY (id), 
	CONSTRAINT fk_tariff_taxes_version_id_tariff_versions FOREIGN KEY(version_id) REFERENCES tariff_versions (id), 
	CONSTRAINT uq_tariff_taxes_version_id UNIQUE (version_id, position)
);
INSERT INTO "tariff_taxes" VALUES(1,1,0,'IVA',1000000000);
INSERT INTO "tariff_taxes" VALUES(2,2,0,'IVA',1000000000);
INSERT INTO "tariff_taxes" VALUES(3,3,0,'IVA',2100000000);
INSERT INTO "tariff_taxes" VALUES(4,4,0,'IVA',2100000000);
CREATE TABLE tariff_versions (
	id INTEGER NOT NULL, 
	tariff_id INTEGER NOT NULL, 
	valid_from DATE NOT NULL, 
	CONSTRAINT pk_tariff_versions PRIMARY KEY (id), 
	CONSTRAINT fk_tariff_versions_tariff_id_tariffs FOREIGN KEY(tariff_id) REFERENCES tariffs (id), 
	CONSTRAINT uq_tariff_versions_tariff_id UNIQUE (tariff_id, valid_from)
);
INSERT INTO "tariff_versions" VALUES(1,1,'2026-01-01');
INSERT INTO "tariff_versions" VALUES(2,1,'2026-02-15');
INSERT INTO "tariff_versions" VALUES(3,2,'2026-01-01');
INSERT INTO "tariff_versions" VALUES(4,3,'2026-01-01');
CREATE TABLE tariffs (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	unit VARCHAR(16) NOT NULL, 
	period VARCHAR(10) NOT NULL, 
	created_at DATETIME NOT NULL, translations TEXT DEFAULT '{}' NOT NULL, 
	CONSTRAINT pk_tariffs PRIMARY KEY (id), 
	CONSTRAINT ck_tariffs_ck_tariffs_period CHECK (period IN ('month', 'quarter', 'year')), 
	CONSTRAINT uq_tariffs_name UNIQUE (name)
);
INSERT INTO "tariffs" VALUES(1,'Agua','EUR','m³','month','2026-11-28 03:59:36.251764','{"en": {"Agua": "Water", "Consumo de agua": "Water use", "Cuota de servicio": "Service charge"}}');
INSERT INTO "tariffs" VALUES(2,'Energía','EUR','kWh','month','2026-11-28 03:59:36.257422','{"en": {"Energía": "Energy", "Impuesto eléctrico": "Electricity tax", "Potencia": "Power"}}');
INSERT INTO "tariffs" VALUES(3,'Impresión','EUR','páginas','month','2026-11-28 03:59:36.259280','{}');
CREATE INDEX ix_meters_customer_id ON meters (customer_id);
CREATE INDEX ix_customers_name ON customers (name);
CREATE INDEX ix_customers_name_key ON customers (name_key);
CREATE INDEX ix_meter_tariffs_tariff_id ON meter_tariffs (tariff_id);
CREATE INDEX ix_invoices_credited_id ON invoices (credited_id);
CREATE INDEX ix_invoices_customer_id ON invoices (customer_id);
CREATE INDEX ix_invoices_period ON invoices (period_start, period_end);
CREATE INDEX ix_invoice_meters_meter ON invoice_meters (meter_serial, end_on);
CREATE INDEX ix_payments_invoice_id ON payments (invoice_id);
CREATE TRIGGER invoices_issued_frozen BEFORE UPDATE ON invoices
        WHEN OLD.state != 'draft' AND (NEW.kind IS NOT OLD.kind OR NEW.series IS NOT OLD.series OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.number IS NOT OLD.number OR NEW.customer_id IS NOT OLD.customer_id OR NEW.customer_account IS NOT OLD.customer_account OR NEW.customer_name IS NOT OLD.customer_name OR NEW.customer_tax_id IS NOT OLD.customer_tax_id OR NEW.customer_address IS NOT OLD.customer_address OR NEW.period_start IS NOT OLD.period_start OR NEW.period_end IS NOT OLD.period_end OR NEW.currency IS NOT OLD.currency OR NEW.subtotal IS NOT OLD.subtotal OR NEW.tax_total IS NOT OLD.tax_total OR NEW.total IS NOT OLD.total OR NEW.issue_date IS NOT OLD.issue_date OR NEW.due_date IS NOT OLD.due_date OR NEW.credited_id IS NOT OLD.credited_id OR NEW.reason IS NOT OLD.reason OR OLD.state = 'void' OR NEW.state = 'draft')
        BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER invoices_issued_kept BEFORE DELETE ON invoices
        WHEN OLD.state != 'draft' BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER invoice_meters_insert_frozen BEFORE INSERT ON invoice_meters
                WHEN (SELECT state FROM invoices WHERE id = NEW.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER invoice_meters_update_frozen BEFORE UPDATE ON invoice_meters
                WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER invoice_meters_delete_frozen BEFORE DELETE ON invoice_meters
                WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER invoice_lines_insert_frozen BEFORE INSERT ON invoice_lines
                WHEN (SELECT state FROM invoices WHERE id = NEW.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER invoice_lines_update_frozen BEFORE UPDATE ON invoice_lines
                WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER invoice_lines_delete_frozen BEFORE DELETE ON invoice_lines
                WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER invoice_taxes_insert_frozen BEFORE INSERT ON invoice_taxes
                WHEN (SELECT state FROM invoices WHERE id = NEW.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER invoice_taxes_update_frozen BEFORE UPDATE ON invoice_taxes
                WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE TRIGGER invoice_taxes_delete_frozen BEFORE DELETE ON invoice_taxes
                WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) != 'draft'
                BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed; issue a credit note instead'); END;
CREATE INDEX ix_readings_meter_date ON readings (meter_id, read_on);
CREATE INDEX ix_readings_date ON readings (read_on, id);
CREATE INDEX ix_readings_import_id ON readings (import_id);
COMMIT;
