# saudinewsnet_part020_0073 (annotator24)
@P1
ORG | اللجنة المحلية للانتخابات البلدية | p1_committee
GPE | جازان | p1_jazan
REL | LOCATED_IN | p1_committee | p1_jazan

@P2
ORG | اللجنة المحلية للانتخابات البلدية | p2_committee
GPE | جازان | p2_jazan
DATE | 17 وإلى 27 من شهر شوال الحالي | p2_dates
REL | LOCATED_IN | p2_committee | p2_jazan

@P3
ORG | اللجنة المحلية للانتخابات البلدية | p3_committee
GPE | جازان | p3_jazan
PER | محمد الشايع | p3_shaya
PER | علي مدبش | p3_madbash
PER | جابر الحريصي | p3_huraisi
PER | إبراهيم طوهري | p3_tawhari
PER | الواثق زكري | p3_zakri
PER | محمد مهدي | p3_mahdi
PER | إبراهيم محزري | p3_mahzari
PER | عبدالله عطيف | p3_atif
PER | عبدالرحمن العبسي | p3_absi
REL | LOCATED_IN | p3_committee | p3_jazan
REL | ROLE | p3_shaya | p3_committee

@P4
ORG | أمانة جازان | p4_amana
GPE | أبوعريش | p4_abuarish
GPE | ضمد | p4_damad
GPE | صامطة | p4_samtah
GPE | الطوال | p4_tuwal
GPE | الحرث | p4_harth
GPE | صبيا | p4_sabya
GPE | قوز الجعافرة | p4_quz
GPE | العالية | p4_aliya
GPE | الدرب | p4_darb
GPE | فيفا | p4_fifa
GPE | الداير بني مالك | p4_dayer
GPE | فرسان | p4_farasan
GPE | الحكامية | p4_hakamiya
GPE | العارضة | p4_arida
GPE | وادي جازان | p4_wadi
GPE | أحد المسارحة | p4_ahad
GPE | الموسم | p4_mawsim
GPE | القفل | p4_qafl
GPE | السهي | p4_suhi
GPE | بيش | p4_baish
GPE | الشقيق | p4_shuqaiq
GPE | الريث | p4_raith
GPE | الحقو | p4_haqw
GPE | العيدابي | p4_aidabi
GPE | هروب | p4_harub
