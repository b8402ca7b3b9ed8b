# ant_v1.1_part001_0205 (second annotator: second1)
@P1

@P2
ORG | المحكمة الابتدائية | p2_court
GPE | جندوبة | p2_jendouba
DATE | يوم الاثنين الماضي | p2_monday
LAW | الفصل 222 | p2_art222
LAW | المجلة الجزائية | p2_penalcode
ORG | مجلس نواب الشعب | p2_arp
REL | LOCATED_IN | p2_court | p2_jendouba

@P3
PER | عبد الكريم الطرخاني | p3_tarkhani
ORG | وات | p3_tap
PER | الهادي المناعي | p3_mannai
ORG | فرع المحامين | p3_bar
GPE | تونس | p3_tunis
DATE | يوم الاثنين الماضي | p3_monday
ORG | النيابة العمومية | p3_prosecution
ORG | المحكمة الابتدائية | p3_court
GPE | جندوبة | p3_jendouba
DATE | يوم الاثنين الماضي | p3_monday2
GPE | جندوبة | p3_jendouba2
ORG | مجلس نواب الشعب | p3_arp
ORG | هيئة الوطنية لمكافحة الفساد | p3_inlucc
DATE | شهر ديسمبر الماضي | p3_december
ORG | وات | p3_tap2
REL | ROLE | p3_mannai | p3_bar
REL | LOCATED_IN | p3_bar | p3_tunis
REL | LOCATED_IN | p3_court | p3_jendouba
