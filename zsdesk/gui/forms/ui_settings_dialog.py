# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(600, 440)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.sandboxRadio = QRadioButton(SettingsDialog)
        self.sandboxRadio.setObjectName(u"sandboxRadio")

        self.layout.addWidget(self.sandboxRadio)

        self.registryRadio = QRadioButton(SettingsDialog)
        self.registryRadio.setObjectName(u"registryRadio")

        self.layout.addWidget(self.registryRadio)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.urlLabel = QLabel(SettingsDialog)
        self.urlLabel.setObjectName(u"urlLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlEdit = QLineEdit(SettingsDialog)
        self.urlEdit.setObjectName(u"urlEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.urlEdit)

        self.urlError = QLabel(SettingsDialog)
        self.urlError.setObjectName(u"urlError")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.urlError)

        self.caLabel = QLabel(SettingsDialog)
        self.caLabel.setObjectName(u"caLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caLayout = QHBoxLayout()
        self.caLayout.setObjectName(u"caLayout")
        self.caEdit = QLineEdit(SettingsDialog)
        self.caEdit.setObjectName(u"caEdit")

        self.caLayout.addWidget(self.caEdit)

        self.caBrowse = QPushButton(SettingsDialog)
        self.caBrowse.setObjectName(u"caBrowse")

        self.caLayout.addWidget(self.caBrowse)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.caLayout)

        self.caError = QLabel(SettingsDialog)
        self.caError.setObjectName(u"caError")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.caError)

        self.proxyLabel = QLabel(SettingsDialog)
        self.proxyLabel.setObjectName(u"proxyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.proxyLabel)

        self.proxyEdit = QLineEdit(SettingsDialog)
        self.proxyEdit.setObjectName(u"proxyEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.proxyEdit)


        self.layout.addLayout(self.formLayout)

        self.noteLabel = QLabel(SettingsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.languageLine = QFrame(SettingsDialog)
        self.languageLine.setObjectName(u"languageLine")
        self.languageLine.setFrameShape(QFrame.Shape.HLine)
        self.languageLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.layout.addWidget(self.languageLine)

        self.languageLayout = QFormLayout()
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.layout.addLayout(self.languageLayout)

        self.languageNote = QLabel(SettingsDialog)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.layout.addWidget(self.languageNote)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.urlLabel.setBuddy(self.urlEdit)
        self.caLabel.setBuddy(self.caEdit)
        self.proxyLabel.setBuddy(self.proxyEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.sandboxRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u4f7f\u7528\u672c\u673a\u7ec3\u4e60\u73af\u5883\uff08\u6c99\u76d2\u767b\u8bb0\u4e2d\u5fc3\uff0c\u6570\u636e\u4e0d\u5177\u6cd5\u5f8b\u6548\u529b\uff09", None))
        self.registryRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u8fde\u63a5\u767b\u8bb0\u4e2d\u5fc3", None))
        self.urlLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u767b\u8bb0\u4e2d\u5fc3\u5730\u5740", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"https://\u2026", None))
        self.caLabel.setText(QCoreApplication.translate("SettingsDialog", u"CA \u8bc1\u4e66\uff08\u53ef\u9009\uff09", None))
        self.caEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d\u7f51\u7edc\u4f7f\u7528\u81ea\u7b7e\u8bc1\u4e66\u65f6\u586b\u5199 PEM \u6587\u4ef6", None))
        self.caBrowse.setText(QCoreApplication.translate("SettingsDialog", u"\u9009\u62e9\u2026", None))
        self.proxyLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4ee3\u7406\u670d\u52a1\u5668\uff08\u53ef\u9009\uff09", None))
        self.proxyEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"http://\u4ee3\u7406\u5730\u5740:\u7aef\u53e3", None))
        self.noteLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u66f4\u6539\u8fde\u63a5\u540e\u9700\u8981\u91cd\u65b0\u767b\u5f55\u3002", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00\u5728\u4e0b\u6b21\u542f\u52a8 zsdesk \u65f6\u751f\u6548\u3002\u767b\u8bb0\u4e2d\u5fc3\u7684\u64cd\u4f5c\u6307\u5f15\u548c\u6253\u5370\u7684\u5408\u540c\u59cb\u7ec8\u4e3a\u4e2d\u6587\uff1b\u767b\u8bb0\u4e2d\u5fc3\u8fd4\u56de\u7684\u4fe1\u606f\u4ee5\u754c\u9762\u8bed\u8a00\u663e\u793a\uff0c\u672c\u7a0b\u5e8f\u4e0d\u8ba4\u8bc6\u7684\u4fe1\u606f\u663e\u793a\u767b\u8bb0\u4e2d\u5fc3\u7684\u4e2d\u6587\u539f\u6587\u3002", None))
    # retranslateUi

