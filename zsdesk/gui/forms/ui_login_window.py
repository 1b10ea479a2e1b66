# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_window.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LoginWindow(object):
    def setupUi(self, LoginWindow):
        if not LoginWindow.objectName():
            LoginWindow.setObjectName(u"LoginWindow")
        LoginWindow.resize(560, 640)
        self.outerLayout = QVBoxLayout(LoginWindow)
        self.outerLayout.setSpacing(0)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.trainingBanner = QLabel(LoginWindow)
        self.trainingBanner.setObjectName(u"trainingBanner")
        self.trainingBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.trainingBanner)

        self.mainLayout = QVBoxLayout()
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(36, 24, 36, 24)
        self.titleLabel = QLabel(LoginWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(LoginWindow)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.subtitleLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.accountLabel = QLabel(LoginWindow)
        self.accountLabel.setObjectName(u"accountLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(LoginWindow)
        self.accountEdit.setObjectName(u"accountEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.passwordLabel = QLabel(LoginWindow)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginWindow)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.rememberCheck = QCheckBox(LoginWindow)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LoginWindow)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.settingsButton = QPushButton(LoginWindow)
        self.settingsButton.setObjectName(u"settingsButton")

        self.buttonLayout.addWidget(self.settingsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.loginButton = QPushButton(LoginWindow)
        self.loginButton.setObjectName(u"loginButton")

        self.buttonLayout.addWidget(self.loginButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.statusLabel = QLabel(LoginWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.demoGroup = QGroupBox(LoginWindow)
        self.demoGroup.setObjectName(u"demoGroup")
        self.demoLayout = QVBoxLayout(self.demoGroup)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoList = QListWidget(self.demoGroup)
        self.demoList.setObjectName(u"demoList")

        self.demoLayout.addWidget(self.demoList)


        self.mainLayout.addWidget(self.demoGroup)


        self.outerLayout.addLayout(self.mainLayout)

#if QT_CONFIG(shortcut)
        self.accountLabel.setBuddy(self.accountEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.loginButton)

        self.retranslateUi(LoginWindow)

        self.loginButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginWindow)
    # setupUi

    def retranslateUi(self, LoginWindow):
        LoginWindow.setWindowTitle(QCoreApplication.translate("LoginWindow", u"\u767b\u5f55 \u2014 \u4e2d\u5c71\u5e02\u5b58\u91cf\u623f\u7f51\u7b7e\u5907\u6848\uff08\u4e2d\u4ecb\u7f51\u7b7e\uff09", None))
        self.trainingBanner.setText(QCoreApplication.translate("LoginWindow", u"\u7ec3\u4e60\u73af\u5883 \u2014 \u6570\u636e\u4e0d\u5177\u6cd5\u5f8b\u6548\u529b", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginWindow", u"\u4e2d\u5c71\u5e02\u5b58\u91cf\u623f\u4e70\u5356\u5408\u540c\u7f51\u7b7e\u5907\u6848", None))
        self.subtitleLabel.setText(QCoreApplication.translate("LoginWindow", u"\u7edf\u4e00\u8eab\u4efd\u8ba4\u8bc1 \u00b7 \u6cd5\u4eba\u767b\u5f55 \u00b7 \u8d26\u53f7\u5bc6\u7801", None))
        self.accountLabel.setText(QCoreApplication.translate("LoginWindow", u"\u6cd5\u4eba\u767b\u5f55\u8d26\u53f7", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("LoginWindow", u"\u7edf\u4e00\u8eab\u4efd\u8ba4\u8bc1\u5e73\u53f0\u7684\u767b\u5f55\u8d26\u53f7", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginWindow", u"\u767b\u5f55\u5bc6\u7801", None))
        self.rememberCheck.setText(QCoreApplication.translate("LoginWindow", u"\u8bb0\u4f4f\u8d26\u53f7\u548c\u5bc6\u7801\uff08\u4fdd\u5b58\u5728\u672c\u673a\u7cfb\u7edf\u5bc6\u94a5\u73af\u4e2d\uff09", None))
        self.settingsButton.setText(QCoreApplication.translate("LoginWindow", u"\u8bbe\u7f6e\u2026", None))
        self.loginButton.setText(QCoreApplication.translate("LoginWindow", u"\u767b\u5f55", None))
        self.demoGroup.setTitle(QCoreApplication.translate("LoginWindow", u"\u7ec3\u4e60\u73af\u5883\u6f14\u793a\u8d26\u53f7\uff08\u5355\u51fb\u586b\u5165\u8d26\u53f7\u548c\u5bc6\u7801\uff09", None))
#if QT_CONFIG(accessibility)
        self.demoList.setAccessibleName(QCoreApplication.translate("LoginWindow", u"\u6f14\u793a\u8d26\u53f7", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

