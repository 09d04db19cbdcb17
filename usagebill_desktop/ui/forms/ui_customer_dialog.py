# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CustomerDialog(object):
    def setupUi(self, CustomerDialog):
        if not CustomerDialog.objectName():
            CustomerDialog.setObjectName(u"CustomerDialog")
        CustomerDialog.resize(460, 540)
        self.layout = QVBoxLayout(CustomerDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.accountLabel = QLabel(CustomerDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(CustomerDialog)
        self.accountEdit.setObjectName(u"accountEdit")
        self.accountEdit.setMaxLength(32)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.nameLabel = QLabel(CustomerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CustomerDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.taxIdLabel = QLabel(CustomerDialog)
        self.taxIdLabel.setObjectName(u"taxIdLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.taxIdLabel)

        self.taxIdEdit = QLineEdit(CustomerDialog)
        self.taxIdEdit.setObjectName(u"taxIdEdit")
        self.taxIdEdit.setMaxLength(40)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.taxIdEdit)

        self.emailLabel = QLabel(CustomerDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(CustomerDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(CustomerDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(CustomerDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.languageLabel = QLabel(CustomerDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(CustomerDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.addressLabel = QLabel(CustomerDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(CustomerDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.supplyAddressLabel = QLabel(CustomerDialog)
        self.supplyAddressLabel.setObjectName(u"supplyAddressLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.supplyAddressLabel)

        self.supplyAddressEdit = QPlainTextEdit(CustomerDialog)
        self.supplyAddressEdit.setObjectName(u"supplyAddressEdit")
        self.supplyAddressEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.supplyAddressEdit)

        self.paymentLabel = QLabel(CustomerDialog)
        self.paymentLabel.setObjectName(u"paymentLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.paymentLabel)

        self.paymentCombo = QComboBox(CustomerDialog)
        self.paymentCombo.setObjectName(u"paymentCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.paymentCombo)

        self.ibanLabel = QLabel(CustomerDialog)
        self.ibanLabel.setObjectName(u"ibanLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ibanLabel)

        self.ibanEdit = QLineEdit(CustomerDialog)
        self.ibanEdit.setObjectName(u"ibanEdit")
        self.ibanEdit.setMaxLength(42)
        self.ibanEdit.setPlaceholderText(u"ES91 2100 0418 4502 0005 1332")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ibanEdit)

        self.activeCheck = QCheckBox(CustomerDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(CustomerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(CustomerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.accountLabel.setBuddy(self.accountEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.taxIdLabel.setBuddy(self.taxIdEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.supplyAddressLabel.setBuddy(self.supplyAddressEdit)
        self.paymentLabel.setBuddy(self.paymentCombo)
        self.ibanLabel.setBuddy(self.ibanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.taxIdEdit)
        QWidget.setTabOrder(self.taxIdEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.supplyAddressEdit)
        QWidget.setTabOrder(self.supplyAddressEdit, self.paymentCombo)
        QWidget.setTabOrder(self.paymentCombo, self.ibanEdit)
        QWidget.setTabOrder(self.ibanEdit, self.activeCheck)

        self.retranslateUi(CustomerDialog)

        QMetaObject.connectSlotsByName(CustomerDialog)
    # setupUi

    def retranslateUi(self, CustomerDialog):
        CustomerDialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"Customer", None))
        self.accountLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Account number", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"Next free number", None))
        self.nameLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Name", None))
        self.taxIdLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Tax ID", None))
        self.emailLabel.setText(QCoreApplication.translate("CustomerDialog", u"&E-mail", None))
        self.phoneLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Phone", None))
        self.languageLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Language", None))
        self.addressLabel.setText(QCoreApplication.translate("CustomerDialog", u"Billing a&ddress", None))
        self.supplyAddressLabel.setText(QCoreApplication.translate("CustomerDialog", u"S&upply address", None))
        self.supplyAddressEdit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"Only where it is not the billing address", None))
        self.paymentLabel.setText(QCoreApplication.translate("CustomerDialog", u"Pa&yment method", None))
        self.ibanLabel.setText(QCoreApplication.translate("CustomerDialog", u"&IBAN", None))
        self.activeCheck.setText(QCoreApplication.translate("CustomerDialog", u"A&ctive (billed in billing runs)", None))
    # retranslateUi

