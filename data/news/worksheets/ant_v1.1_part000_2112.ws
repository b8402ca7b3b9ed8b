# ant_v1.1_part000_2112 (annotator15)
@P1
GPE | مصر | p1_egypt
ORG | الجزيرة نت | p1_jazeera
REL | CRITICIZES | p1_egypt | p1_jazeera

@P2
GPE | مصر | p2_egypt
ORG | الجزيرة نت | p2_jazeera
REL | CRITICIZES | p2_egypt | p2_jazeera

@P3
ORG | وكالة أنباء الشرق الأوسط | p3_mena
ORG | الجزيرة نت | p3_jazeera1
ORG | قناة الشرق | p3_sharq
ORG | مصر العربية | p3_masr_arabia
ORG | الشعب | p3_shaab
ORG | عربي 21 | p3_arabi21
ORG | رصد | p3_rassd
ORG | حماس أون لاين | p3_hamas_online
GPE | مصر | p3_egypt1
ORG | رويترز | p3_reuters
ORG | الإخوان المسلمين | p3_mb
GPE | دولة قطر | p3_qatar1
ORG | مدى مصر | p3_mada
NORP | مصري | p3_egy_adj1
NORP | إسلاميين | p3_islamists
GPE | دولة قطر | p3_qatar2
NORP | المصري | p3_egy_adj2
ORG | الجزيرة نت | p3_jazeera2
GPE | الإمارات | p3_uae
GPE | السعودية | p3_ksa
GPE | قطر | p3_qatar3
PER | تميم بن حمد آل ثاني | p3_tamim
ORG | وكالة الأنباء القطرية | p3_qna
NORP | سعودية | p3_saudi_adj
NORP | إماراتية | p3_emirati_adj
NORP | القطري | p3_qatari_adj
REL | CRITICIZES | p3_uae | p3_jazeera2
REL | CRITICIZES | p3_ksa | p3_jazeera2
REL | ROLE | p3_tamim | p3_qatar3
