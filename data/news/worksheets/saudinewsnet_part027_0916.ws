# saudinewsnet_part027_0916 (annotator25)
@P1
ORG | مجلس النواب العراقي | p1_parliament

@P2
GPE | بغداد | p2_baghdad
DATE | 26 شوال 1436 هـ | p2_hijri
DATE | 11 أغسطس 2015 م | p2_greg
ORG | واس | p2_spa

@P3
ORG | مجلس النواب العراقي | p3_parliament
ORG | الحكومة العراقية | p3_government
ORG | رئاسة مجلس النواب | p3_presidium

@P5
ORG | مجلس النواب | p5_parliament
