# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'binding_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_BindingDialog(object):
    def setupUi(self, BindingDialog):
        if not BindingDialog.objectName():
            BindingDialog.setObjectName(u"BindingDialog")
        BindingDialog.resize(560, 400)
        self.layout = QVBoxLayout(BindingDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(BindingDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.uidLabel = QLabel(BindingDialog)
        self.uidLabel.setObjectName(u"uidLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.uidLabel)

        self.uidValue = QLabel(BindingDialog)
        self.uidValue.setObjectName(u"uidValue")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.uidValue)

        self.accountLabel = QLabel(BindingDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(BindingDialog)
        self.accountEdit.setObjectName(u"accountEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.passwordLabel = QLabel(BindingDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(BindingDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.layout.addLayout(self.formLayout)

        self.ruleLabel = QLabel(BindingDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.layout.addWidget(self.ruleLabel)

        self.errorLabel = QLabel(BindingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(BindingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.accountLabel.setBuddy(self.accountEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BindingDialog)

        QMetaObject.connectSlotsByName(BindingDialog)
    # setupUi

    def retranslateUi(self, BindingDialog):
        BindingDialog.setWindowTitle(QCoreApplication.translate("BindingDialog", u"\u5173\u8054\u7f51\u7b7e\u8d26\u53f7", None))
        self.introLabel.setText(QCoreApplication.translate("BindingDialog", u"\u8fd9\u662f\u8be5\u7edf\u4e00\u8eab\u4efd\u8ba4\u8bc1\u8d26\u53f7\u7b2c\u4e00\u6b21\u767b\u5f55\u3002\u8bf7\u8f93\u5165\u8981\u5173\u8054\u7684\u7f51\u7b7e\u7cfb\u7edf\u8d26\u53f7\uff1a\u4e2d\u4ecb\u673a\u6784\u8d26\u53f7\u540d\u4e3a\u516c\u53f8\u5168\u79f0\uff08\u4e0e\u8425\u4e1a\u6267\u7167\u4e00\u81f4\uff09\uff0c\u521d\u59cb\u5bc6\u7801 123456\uff1b\u4ece\u4e1a\u4eba\u5458\u8bf7\u8f93\u5165\u5ba1\u6838\u901a\u8fc7\u540e\u77ed\u4fe1\u6536\u5230\u7684\u8d26\u53f7\u548c\u5bc6\u7801\u3002", None))
        self.uidLabel.setText(QCoreApplication.translate("BindingDialog", u"\u7edf\u4e00\u8eab\u4efd\u8ba4\u8bc1\u8d26\u53f7", None))
        self.accountLabel.setText(QCoreApplication.translate("BindingDialog", u"\u7f51\u7b7e\u8d26\u53f7\u540d", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("BindingDialog", u"\u673a\u6784\uff1a\u516c\u53f8\u5168\u79f0\uff1b\u4ece\u4e1a\u4eba\u5458\uff1a\u77ed\u4fe1\u4e2d\u7684\u8d26\u53f7", None))
        self.passwordLabel.setText(QCoreApplication.translate("BindingDialog", u"\u7f51\u7b7e\u5bc6\u7801", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("BindingDialog", u"\u673a\u6784\u8d26\u53f7\u521d\u59cb\u5bc6\u7801\u4e3a 123456", None))
        self.ruleLabel.setText(QCoreApplication.translate("BindingDialog", u"\u5173\u8054\u662f\u4e00\u5bf9\u4e00\u7684\uff1a\u4e00\u4e2a\u7edf\u4e00\u8eab\u4efd\u8ba4\u8bc1\u8d26\u53f7\u53ea\u80fd\u5173\u8054\u4e00\u4e2a\u7f51\u7b7e\u8d26\u53f7\uff0c\u4e00\u4e2a\u7f51\u7b7e\u8d26\u53f7\u4e5f\u53ea\u80fd\u88ab\u4e00\u4e2a\u7edf\u4e00\u8eab\u4efd\u8ba4\u8bc1\u8d26\u53f7\u5173\u8054\u3002\u6bcf\u4e2a\u4ece\u4e1a\u4eba\u5458\u90fd\u9700\u8981\u5355\u72ec\u6ce8\u518c\u81ea\u5df1\u7684\u7edf\u4e00\u8eab\u4efd\u8ba4\u8bc1\u8d26\u53f7\u3002", None))
    # retranslateUi

