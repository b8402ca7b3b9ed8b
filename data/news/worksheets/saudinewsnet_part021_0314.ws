# saudinewsnet_part021_0314 (annotator16)
@P1
ORG | الكونجرس | p1_congress
NORP | الأمريكي | p1_us
LAW | الاتفاق النووي | p1_jcpoa
GPE | إيران | p1_iran
REL | PARTY_TO | p1_iran | p1_jcpoa

@P2
ORG | سبق | p2_sabq
NORP | الجمهوريين | p2_reps1
ORG | الكونجرس الأمريكي | p2_congress1
ORG | مجلس الشيوخ | p2_senate1
LAW | الاتفاق النووي | p2_jcpoa1
GPE | إيران | p2_iran1
REL | PARTY_TO | p2_iran1 | p2_jcpoa1
ORG | الحزب الجمهوري | p2_gop
ORG | فرانس برس | p2_afp
ORG | مجلس الشيوخ الأمريكي | p2_senate2
PER | ميتش مكونيل | p2_mcconnell
DATE | أمس الثلاثاء | p2_tuesday
REL | ROLE | p2_mcconnell | p2_senate2
ORG | مجلس الشيوخ | p2_senate3
LAW | الاتفاق النووي الإيراني | p2_jcpoa2
NORP | الجمهوري | p2_rep2
ORG | لجنة الشؤون الخارجية | p2_hfac1
ORG | مجلس النواب | p2_house1
LAW | الاتفاق النووي | p2_jcpoa3
GPE | إيران | p2_iran2
REL | PARTY_TO | p2_iran2 | p2_jcpoa3
LAW | قانون مراجعة اتفاق إيران النووي | p2_inara
PER | باراك أوباما | p2_obama1
REL | PARTY_TO | p2_obama1 | p2_inara
DATE | مايو | p2_may
ORG | الكونجرس | p2_congress2
DATE | 17 سبتمبر | p2_sep17
LAW | الاتفاق النووي | p2_jcpoa4
GPE | إيران | p2_iran3
REL | PARTY_TO | p2_iran3 | p2_jcpoa4
DATE | 14 يوليو | p2_jul14
PER | باراك أوباما | p2_obama2
NORP | الأمريكية | p2_us
GPE | إيران | p2_iran4
NORP | إيرانية | p2_iranian
NORP | الجمهوريون | p2_reps3
PER | أوباما | p2_obama3
NORP | الديمقراطيين | p2_dems1
NORP | الديمقراطي | p2_dem2
GPE | إسرائيل | p2_israel
LAW | الاتفاق النووي | p2_jcpoa5
GPE | نيويورك | p2_ny
PER | تشاك شامر | p2_schumer
REL | ROLE | p2_schumer | p2_ny
REL | SUPPORTS | p2_schumer | p2_israel
PER | إيليوت أنغل | p2_engel
NORP | الديمقراطيين | p2_dems3
ORG | لجنة الشؤون الخارجية | p2_hfac2
REL | ROLE | p2_engel | p2_dems3
REL | ROLE | p2_engel | p2_hfac2
REL | SUPPORTS | p2_engel | p2_israel
PER | نانسي بيلوسي | p2_pelosi
NORP | الديمقراطيين | p2_dems4
ORG | مجلس النواب | p2_house2
REL | ROLE | p2_pelosi | p2_dems4
REL | ROLE | p2_pelosi | p2_house2
ORG | مجلس النواب | p2_house3
NORP | جمهورياً | p2_reps4
NORP | ديمقراطياً | p2_dems5
NORP | جمهوري | p2_rep5
GPE | إيلينوي | p2_illinois
DATE | العاشر من سبتمبر | p2_sep10
