# saudinewsnet_part022_0745 (annotator12)
@P1
NORP | عُمانية | p1_omani
NORP | فرنسية | p1_french
GPE | اليمن | p1_yemen

@P2
GPE | سلطنة عُمان | p2_oman
NORP | الفرنسية | p2_fr1
PER | إيزابيل بريم | p2_brim
REL | SUPPORTS | p2_oman | p2_brim
GPE | اليمن | p2_yemen
DATE | فبراير (شباط) الماضي | p2_feb
NORP | الفرنسية | p2_fr2
PER | بريم | p2_brim2
DATE | 24 فبراير | p2_feb24
DATE | أمس | p2_yesterday
GPE | سلطنة عمان | p2_oman2
REL | VISIT | p2_brim2 | p2_oman2
ORG | وزارة الخارجية العمانية | p2_mofa
ORG | الخارجية العمانية | p2_mofa2
NORP | اليمنية | p2_yemeni
NORP | الفرنسية | p2_fr3
GPE | اليمن | p2_yemen2
GPE | عمان | p2_oman3
PER | قابوس | p2_qaboos
REL | ROLE | p2_qaboos | p2_oman3
ORG | الحكومة الفرنسية | p2_frgov
REL | SUPPORTS | p2_qaboos | p2_frgov
NORP | الفرنسية | p2_fr4

@P3
PER | بريم | p3_brim
DATE | الليلة قبل الماضية | p3_night
ORG | الرئاسة الفرنسية | p3_elysee
GPE | فرنسا | p3_france
PER | فرنسوا هولاند | p3_hollande
REL | ROLE | p3_hollande | p3_france
PER | قابوس بن سعيد | p3_qaboos
GPE | عمان | p3_oman
REL | ROLE | p3_qaboos | p3_oman
NORP | الفرنسي | p3_fr
PER | فرنسوا هولاند | p3_hollande2
PER | إيزابيل | p3_isabelle
PER | بريم | p3_brim2

@P4
NORP | الفرنسي | p4_fr1
PER | لوران فابيوس | p4_fabius
REL | ROLE | p4_fabius | p4_fr1
NORP | الفرنسية | p4_fr2
FAC | مطار فيلاكوبليه | p4_airport
NORP | الباريسي | p4_paris
DATE | أواخر عام 2011 | p4_2011
GPE | سلطنة عمان | p4_oman
NORP | فرنسيين | p4_french
GPE | اليمن | p4_yemen
DATE | بداية يونيو (حزيران) الماضي | p4_june
NORP | أميركي | p4_us
NORP | الحوثيون | p4_houthis
GPE | اليمن | p4_yemen2

@P5
GPE | سلطنة عمان | p5_oman
ORG | مجلس التعاون الخليجي | p5_gcc
GPE | السعودية | p5_ksa
GPE | اليمن | p5_yemen
GPE | السعودية | p5_ksa2
GPE | إيران | p5_iran
GPE | سلطنة عمان | p5_oman2
NORP | الأميركيين | p5_us
NORP | الحوثيين | p5_houthis
GPE | اليمن | p5_yemen2
GPE | مسقط | p5_muscat
GPE | اليمن | p5_yemen3

@P6
ORG | وكالة الصحافة الفرنسية | p6_afp
DATE | أمس | p6_yesterday
NORP | اليمنية | p6_yemeni
NORP | العُمانيين | p6_omanis
NORP | الحوثيين | p6_houthis
NORP | اليمني | p6_yemeni2
PER | علي عبد الله صالح | p6_saleh
REL | ROLE | p6_saleh | p6_yemeni2

@P7
PER | جان نويل بريم | p7_father
DATE | ديسمبر (كانون الأول) 2014 | p7_dec2014
PER | سيرج لازاريفيتش | p7_serge
NORP | فرنسي | p7_fr
NORP | صربي | p7_serb
ORG | القاعدة في المغرب الإسلامي | p7_aqim
GPE | مالي | p7_mali
NORP | الفرنسية | p7_fr2
NORP | فرنسي | p7_fr3

@P8
PER | إيزابيل بريم | p8_brim
GPE | الأردن | p8_jordan
GPE | اليمن | p8_yemen
DATE | 2013 | p8_2013
REL | VISIT | p8_brim | p8_yemen
ORG | ايالا كونسالتينغ | p8_ayala
REL | ROLE | p8_brim | p8_ayala
GPE | فلوريدا | p8_florida
NORP | الأميركية | p8_us
REL | LOCATED_IN | p8_ayala | p8_florida
PER | فرانشيسكو ايالا | p8_francisco
GPE | الإكوادور | p8_ecuador
ORG | وزارة الخارجية الفرنسية | p8_mofa
ORG | الحكومة الفرنسية | p8_frgov

@P9
PER | بريم | p9_brim
NORP | اليمنية | p9_yemeni
PER | شيرين مكاوي | p9_makkawi
DATE | 24 فبراير الماضي | p9_feb24
GPE | صنعاء | p9_sanaa
PER | مكاوي | p9_makkawi2
DATE | 10 مارس (آذار) الماضي | p9_mar10
GPE | عدن | p9_aden
GPE | اليمن | p9_yemen
REL | LOCATED_IN | p9_aden | p9_yemen

@P10
NORP | الفرنسية | p10_fr
ORG | يوتيوب | p10_youtube
DATE | بداية يونيو (حزيران) الماضي | p10_june
NORP | الفرنسي | p10_fr2
PER | فرنسوا هولاند | p10_hollande
REL | ROLE | p10_hollande | p10_fr2
NORP | اليمني | p10_yemeni
PER | عبد ربه منصور هادي | p10_hadi
REL | ROLE | p10_hadi | p10_yemeni

@P11
GPE | اليمن | p11_yemen
NORP | الحوثيين | p11_houthis
PER | هادي | p11_hadi
REL | CRITICIZES | p11_houthis | p11_hadi
